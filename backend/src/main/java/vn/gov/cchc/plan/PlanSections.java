package vn.gov.cchc.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The body of a plan, one Markdown text per conventional section of the document. */
@Embeddable
public class PlanSections {

    @Column(name = "section_purpose", columnDefinition = "MEDIUMTEXT")
    public String purpose;

    @Column(name = "section_requirements", columnDefinition = "MEDIUMTEXT")
    public String requirements;

    @Column(name = "section_content", columnDefinition = "MEDIUMTEXT")
    public String content;

    @Column(name = "section_forms", columnDefinition = "MEDIUMTEXT")
    public String forms;

    @Column(name = "section_audiences", columnDefinition = "MEDIUMTEXT")
    public String audiences;

    @Column(name = "section_budget", columnDefinition = "MEDIUMTEXT")
    public String budget;

    @Column(name = "section_organisation", columnDefinition = "MEDIUMTEXT")
    public String organisation;

    String joined() {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] { purpose, requirements, content, forms, audiences, budget, organisation }) {
            if (s != null) {
                sb.append(s).append('\n');
            }
        }
        return sb.toString();
    }
}
