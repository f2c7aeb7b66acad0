package vn.gov.cchc.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.task.importing.TimeframeKind;

/** A task (nhiệm vụ): one row of a plan's appendix. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public Plan plan;

    /** Order in the appendix, from 0. */
    @Column(nullable = false)
    public int position;

    @Column(name = "section_code", length = 10)
    public String sectionCode;

    @Column(name = "section_title", length = 500)
    public String sectionTitle;

    /** "TT": the number within its section. */
    @Column(name = "order_no", nullable = false)
    public int orderNo;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    public String content;

    @Column(name = "expected_output", columnDefinition = "TEXT")
    public String expectedOutput;

    @Column(name = "target_quantity")
    public Long targetQuantity;

    @Column(name = "target_measure", length = 100)
    public String targetMeasure;

    @Column(name = "target_metric", length = 40)
    public String targetMetric;

    @Column(name = "target_per_unit", nullable = false)
    public boolean targetPerUnit;

    @Column(name = "budget_vnd")
    public Long budgetVnd;

    @Column(name = "timeframe_text", length = 500)
    public String timeframeText;

    @Enumerated(EnumType.STRING)
    @Column(name = "timeframe_kind", nullable = false, length = 16)
    public TimeframeKind timeframeKind = TimeframeKind.UNSPECIFIED;

    /** For QUARTERS: "2,3". */
    @Column(name = "timeframe_quarters", length = 16)
    public String timeframeQuarters;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_task_id")
    public Task parentTask;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, position")
    public List<TaskAssignment> assignments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_tag", joinColumns = @JoinColumn(name = "task_id"))
    public Set<TaskTag> tags = new LinkedHashSet<>();

    @Column(name = "search_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public List<TaskAssignment> assignments(AssignmentRole role) {
        return assignments.stream().filter(a -> a.role == role).toList();
    }

    public List<String> tagCodes(String listCode) {
        return tags.stream().filter(t -> t.listCode.equals(listCode)).map(t -> t.code).toList();
    }

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        StringBuilder names = new StringBuilder();
        for (TaskAssignment a : assignments) {
            names.append(a.unit != null ? a.unit.name : a.text).append('\n');
        }
        searchText = TextNormalizer.searchable(String.join("\n", content,
                expectedOutput == null ? "" : expectedOutput, timeframeText == null ? "" : timeframeText,
                sectionTitle == null ? "" : sectionTitle, names));
    }
}
