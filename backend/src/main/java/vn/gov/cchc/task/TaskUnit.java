package vn.gov.cchc.task;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.gov.cchc.plan.Plan;

/**
 * A task falls on a unit (read model, see {@link TaskMembership}): written only by its SQL, read by the unit's task
 * list.
 */
@Entity
@Immutable
@Table(name = "task_unit")
@IdClass(TaskUnit.Key.class)
public class TaskUnit {

    @Id
    @Column(name = "unit_id")
    public Long unitId;

    @Id
    @Column(name = "task_id")
    public Long taskId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", insertable = false, updatable = false)
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    public Plan plan;

    @Column(name = "plan_id", insertable = false, updatable = false)
    public Long planId;

    public int position;

    public boolean leads;

    public boolean cooperates;

    public static class Key implements Serializable {
        public Long unitId;
        public Long taskId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(unitId, k.unitId) && Objects.equals(taskId, k.taskId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitId, taskId);
        }
    }
}
