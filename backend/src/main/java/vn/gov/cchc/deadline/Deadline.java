package vn.gov.cchc.deadline;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.task.Task;
import vn.gov.cchc.unit.Unit;

/**
 * An obligation a plan creates for a unit: issue its implementing plan, send a period's report, or
 * carry out a task by a date. Derived from the plan; what is kept of the unit's own doing is when
 * (and how) it was met.
 */
@Entity
@Table(name = "deadline")
public class Deadline extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DeadlineKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "schedule_id")
    public ReportSchedule schedule;

    /**
     * The province the unit lies in ({@code UnitService.provinceOf}; null above province level): the key of a
     * province's deadline pages, kept with the unit (derivation, succession, units moved).
     */
    @Column(name = "province_id")
    public Long provinceId;

    @Column(name = "period_key", length = 20)
    public String periodKey;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "natural_key", nullable = false, length = 120)
    public String naturalKey;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "due_note", length = 300)
    public String dueNote;

    @Column(name = "met_on")
    public LocalDate metOn;

    @Column(name = "met_by", length = 100)
    public String metBy;

    @Column(name = "met_ref", length = 200)
    public String metRef;

    @Column(columnDefinition = "TEXT")
    public String output;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Version
    public int version;
}
