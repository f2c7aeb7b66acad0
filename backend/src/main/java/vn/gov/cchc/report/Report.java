package vn.gov.cchc.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.cchc.deadline.ReportSchedule;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.unit.Unit;

/** A unit's report for one period of a plan's report schedule. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", nullable = false)
    public ReportSchedule schedule;

    @Column(name = "period_key", nullable = false, length = 20)
    public String periodKey;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    /** The unit's name when the report was sent: a renamed or merged unit's reports keep the name they were sent under. */
    @Column(name = "sender_unit_name")
    public String senderUnitName;

    /** The sending unit as the report shows it: under the name it was sent with, once sent. */
    public vn.gov.cchc.unit.UnitDtos.UnitRef sender() {
        String name = state.received() && senderUnitName != null ? senderUnitName : unit.name;
        return new vn.gov.cchc.unit.UnitDtos.UnitRef(unit.id, unit.code, name, unit.kind);
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportState state = ReportState.DRAFT;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String results;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String shortcomings;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String difficulties;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String proposals;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_by", length = 100)
    public String sentBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by", length = 100)
    public String acceptedBy;

    @Column(name = "return_reason", length = 2000)
    public String returnReason;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Version
    public int version;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReportItem> items = new ArrayList<>();
}
