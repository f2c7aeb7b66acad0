package vn.gov.cchc.task;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import vn.gov.cchc.reference.RefList;
import vn.gov.cchc.task.TaskDtos.AssignmentView;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.task.TaskDtos.TaskView;
import vn.gov.cchc.task.TaskDtos.TimeframeView;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** A task as the API shows it. */
public final class TaskViews {

    private TaskViews() {
    }

    static TaskView view(Task t, boolean editable) {
        return view(t, t.assignments, t.tags, editable);
    }

    /** The view from a task's own columns and its entries and tags as loaded apart (lists read them for a whole page). */
    static TaskView view(Task t, List<TaskAssignment> assignments, Collection<TaskTag> tags, boolean editable) {
        return new TaskView(t.id, t.plan.id, t.position, t.sectionCode, t.sectionTitle, t.orderNo, t.content,
                codes(tags, RefList.COMMUNICATION_FORM), codes(tags, RefList.CCHC_AREA), codes(tags, RefList.INDEX),
                codes(tags, RefList.PAPI_DIMENSION), assignmentViews(assignments, AssignmentRole.LEAD),
                assignmentViews(assignments, AssignmentRole.COOPERATING),
                t.expectedOutput,
                t.targetQuantity == null ? null
                        : new TargetDto(t.targetQuantity, t.targetMeasure, t.targetMetric, t.targetPerUnit),
                t.budgetVnd, timeframe(t), t.parentTask == null ? null : ref(t.parentTask), t.version, editable);
    }

    public static TimeframeView timeframe(Task t) {
        List<Integer> quarters = t.timeframeQuarters == null ? List.of()
                : Arrays.stream(t.timeframeQuarters.split(",")).map(Integer::valueOf).toList();
        return new TimeframeView(t.timeframeText, t.timeframeKind, quarters, t.startDate, t.endDate);
    }

    public static TaskRef ref(Task t) {
        String c = t.content.replaceAll("\\s+", " ").strip();
        return new TaskRef(t.id, t.plan.id, t.sectionCode, t.orderNo, c.length() > 200 ? c.substring(0, 199) + "…" : c);
    }

    private static List<String> codes(Collection<TaskTag> tags, RefList list) {
        return tags.stream().filter(g -> g.listCode.equals(list.name())).map(g -> g.code).toList();
    }

    private static List<AssignmentView> assignmentViews(List<TaskAssignment> assignments, AssignmentRole role) {
        return assignments.stream().filter(a -> a.role == role).map(a -> new AssignmentView(a.unit == null ? null : UnitRef.of(a.unit),
                a.unitGroup, a.text, a.unit != null || a.unitGroup != null)).toList();
    }

    static Collection<String> codes(Collection<TaskTag> tags) {
        return tags.stream().map(t -> t.code).toList();
    }
}
