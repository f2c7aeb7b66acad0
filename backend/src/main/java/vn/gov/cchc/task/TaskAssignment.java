package vn.gov.cchc.task;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;

/**
 * A lead or cooperating cell entry of a task: one unit, or a group ("UBND cấp xã") that falls on
 * every unit of its kinds below the plan's issuer, or a name that matched no unit (kept as written,
 * falls on nobody).
 */
@Entity
@Table(name = "task_assignment")
public class TaskAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public Task task;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public AssignmentRole role;

    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_group", length = 24)
    public UnitGroup unitGroup;

    @Column(nullable = false, length = 300)
    public String text;
}
