package vn.gov.cchc.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.unit.Unit;

/** A plan (Kế hoạch): drafted, then issued with a number such as 19/KH-UBND, then closed. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public PlanKind kind;

    @Column(name = "plan_year", nullable = false)
    public int year;

    @Column(nullable = false, length = 500)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PlanStatus status = PlanStatus.DRAFT;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "issuing_unit_id", nullable = false)
    public Unit issuingUnit;

    @Column(length = 100)
    public String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_plan_id")
    public Plan parent;

    @ElementCollection
    @CollectionTable(name = "plan_legal_basis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 1000)
    public List<String> legalBases = new ArrayList<>();

    @Embedded
    public PlanSections sections = new PlanSections();

    @ElementCollection
    @CollectionTable(name = "plan_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 300)
    public List<String> recipients = new ArrayList<>();

    @Column(name = "doc_number")
    public Integer docNumber;

    @Column(name = "doc_symbol", length = 40)
    public String docSymbol;

    @Column(name = "issued_year")
    public Integer issuedYear;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "signer_name", length = 100)
    public String signerName;

    @Column(name = "signer_position", length = 100)
    public String signerPosition;

    @Column(name = "signing_capacity", length = 200)
    public String signingCapacity;

    /** Working days within which each assigned unit issues its implementing plan; 0: none required. */
    @Column(name = "implementing_plan_days")
    public Integer implementingPlanDays;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "search_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String searchText;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /**
     * The sections for reading; never null (Hibernate reads an embedded value whose columns are all
     * null as null). Assigning an empty one here would make a read look like a change.
     */
    public PlanSections sections() {
        return sections == null ? new PlanSections() : sections;
    }

    /** "19/KH-UBND", or null while a draft. */
    public String number() {
        return number(docNumber, docSymbol);
    }

    /** "19/KH-UBND" from its parts, or null while a draft. */
    public static String number(Integer docNumber, String docSymbol) {
        return docNumber == null ? null : docNumber + "/" + docSymbol;
    }

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        searchText = TextNormalizer.searchable(String.join("\n", title, number() == null ? "" : number(),
                place == null ? "" : place, issuingUnit == null ? "" : issuingUnit.name,
                String.join("\n", legalBases), sections == null ? "" : sections.joined(), signerName == null ? "" : signerName));
    }
}
