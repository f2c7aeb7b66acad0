package vn.gov.cchc.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
import vn.gov.cchc.unit.Unit;

/** How often the units of a plan report, when each report is due, what it covers and who receives it. */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public Plan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 16)
    public PeriodType periodType;

    /** "1,2": the periods of the year it covers; null for all. */
    @Column(length = 40)
    public String periods;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_rule", nullable = false, length = 24)
    public DueRule dueRule;

    @Column(name = "due_day")
    public Integer dueDay;

    @Column(name = "due_working_days")
    public Integer dueWorkingDays;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Cutoff cutoff = Cutoff.CALENDAR;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "receiving_unit_id")
    public Unit receivingUnit;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Version
    public int version;

    public List<Integer> periodList() {
        return periods == null || periods.isBlank() ? List.of()
                : Arrays.stream(periods.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    public void periodList(List<Integer> list) {
        periods = list == null || list.isEmpty() ? null
                : list.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
