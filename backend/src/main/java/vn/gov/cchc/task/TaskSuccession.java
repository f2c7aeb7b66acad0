package vn.gov.cchc.task;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitInUse;
import vn.gov.cchc.unit.UnitService;
import vn.gov.cchc.unit.UnitsSucceeded;

/**
 * When units are succeeded, the tasks assigned to them by name in plans not closed fall on the successor; a task
 * that already names the successor keeps one entry, with the stronger role. Closed plans keep their history. Runs
 * before the deadlines are derived again ({@code deadline/DeadlineSuccession}).
 */
@ApplicationScoped
public class TaskSuccession {

    public static final int PRIORITY = Interceptor.Priority.APPLICATION + 100;

    @Inject
    UnitService units;

    void onSucceeded(@Observes @Priority(PRIORITY) UnitsSucceeded event) {
        Unit successor = units.get(event.successorId());
        List<TaskAssignment> moving = TaskAssignment.list("unit.id in ?1 and task.plan.status <> ?2 order by id",
                event.predecessorIds(), PlanStatus.CLOSED);
        for (TaskAssignment a : moving) {
            TaskAssignment same = a.task.assignments.stream()
                    .filter(o -> o != a && o.unit != null && o.unit.id.equals(successor.id)).findFirst().orElse(null);
            if (same == null) {
                a.unit = successor;
            } else {
                if (a.role == AssignmentRole.LEAD) {
                    same.role = AssignmentRole.LEAD;
                }
                a.task.assignments.remove(a);
                a.delete();
            }
        }
        TaskAssignment.getEntityManager().flush();
    }

    void onDeleteAsked(@Observes UnitInUse ask) {
        ask.add("task assignments", TaskAssignment.count("unit.id", ask.unitId()));
    }
}
