package vn.gov.cchc.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.reference.RefList;
import vn.gov.cchc.reference.ReferenceService;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.task.TaskDtos.AssignmentInput;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskDtos.TaskInput;
import vn.gov.cchc.task.TaskDtos.TimeframeInput;
import vn.gov.cchc.task.importing.Timeframe;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.TimeframeParser;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/** Turns a task as sent (TaskInput) into the entity: units below the issuer, reference codes, the timeframe, the parent task. */
@ApplicationScoped
public class TaskInputs {

    @Inject
    UnitService units;

    @Inject
    ReferenceService references;

    @Inject
    AccessPolicy policy;

    /** Copies input onto the task, checking units, reference codes and the timeframe; {@code prefix} prefixes field names. */
    void apply(Task task, TaskInput in, Plan plan, String prefix) {
        task.sectionCode = blankToNull(in.sectionCode());
        task.sectionTitle = task.sectionCode == null ? null : blankToNull(in.sectionTitle());
        task.content = in.content().strip();
        task.expectedOutput = blankToNull(in.expectedOutput());
        task.budgetVnd = in.budgetVnd();
        TargetDto target = in.target();
        if (target == null) {
            task.targetQuantity = null;
            task.targetMeasure = null;
            task.targetMetric = null;
            task.targetPerUnit = false;
        } else {
            if (target.metric() != null) {
                references.requireCodes(RefList.METRIC, List.of(target.metric()), prefix + "target.metric");
            }
            task.targetQuantity = target.quantity();
            task.targetMeasure = blankToNull(target.measure());
            task.targetMetric = blankToNull(target.metric());
            task.targetPerUnit = Boolean.TRUE.equals(target.perUnit());
        }
        task.tags.clear();
        tag(task, RefList.COMMUNICATION_FORM, in.forms(), prefix + "forms");
        tag(task, RefList.CCHC_AREA, in.areas(), prefix + "areas");
        tag(task, RefList.INDEX, in.indices(), prefix + "indices");
        tag(task, RefList.PAPI_DIMENSION, in.papiDimensions(), prefix + "papiDimensions");
        applyTimeframe(task, in.timeframe(), plan.year, prefix + "timeframe");
        task.assignments.clear();
        addAssignments(task, AssignmentRole.LEAD, in.lead(), plan, prefix + "lead");
        addAssignments(task, AssignmentRole.COOPERATING, in.cooperating(), plan, prefix + "cooperating");
        if (in.parentTaskId() == null) {
            task.parentTask = null;
        } else {
            Task parent = Task.findById(in.parentTaskId());
            if (parent == null || !policy.visibility().allows(parent.plan.issuingUnit, parent.plan.status.published())) {
                throw ProblemException.of(ProblemType.NOT_FOUND, prefix + "parentTaskId", "error.not-found.task",
                        in.parentTaskId());
            }
            if (plan.parent == null || !parent.plan.id.equals(plan.parent.id)) {
                throw ProblemException.invalidField(prefix + "parentTaskId", "task.parent.not-in-parent-plan",
                        in.parentTaskId());
            }
            task.parentTask = parent;
        }
    }

    private void tag(Task task, RefList list, List<String> codes, String field) {
        if (codes == null) {
            return;
        }
        references.requireCodes(list, codes, field);
        codes.forEach(c -> task.tags.add(new TaskTag(list.name(), c)));
    }

    private static void applyTimeframe(Task task, TimeframeInput in, int year, String field) {
        if (in == null || (in.kind() == null && (in.text() == null || in.text().isBlank()))) {
            set(task, in == null ? null : blankToNull(in.text()), TimeframeKind.UNSPECIFIED, null, null, null);
            return;
        }
        String text = blankToNull(in.text());
        if (in.kind() == null) {
            Timeframe parsed = TimeframeParser.parse(text, year).orElse(null);
            if (parsed == null) {
                set(task, text, TimeframeKind.UNSPECIFIED, null, null, null);
            } else {
                set(task, text, parsed.kind(), parsed.quarters(), parsed.start(), parsed.end());
            }
            return;
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        switch (in.kind()) {
            case WHOLE_YEAR, ONGOING, MONTHLY, QUARTERLY -> set(task, text, in.kind(), null,
                    in.start() == null ? yearStart : in.start(), in.end() == null ? yearEnd : in.end());
            case QUARTERS -> {
                if (in.quarters() == null || in.quarters().isEmpty()) {
                    throw ProblemException.invalidField(field + ".quarters", "task.timeframe.quarters");
                }
                List<Integer> q = in.quarters().stream().distinct().sorted().toList();
                LocalDate start = LocalDate.of(year, (q.get(0) - 1) * 3 + 1, 1);
                LocalDate end = LocalDate.of(year, q.get(q.size() - 1) * 3, 1).plusMonths(1).minusDays(1);
                set(task, text, in.kind(), q, start, end);
            }
            case DATE -> {
                LocalDate date = in.end() != null ? in.end() : in.start();
                if (date == null) {
                    throw ProblemException.invalidField(field + ".end", "task.timeframe.date");
                }
                set(task, text, in.kind(), null, date, date);
            }
            case DATE_RANGE -> {
                if (in.start() == null || in.end() == null) {
                    throw ProblemException.invalidField(field + (in.start() == null ? ".start" : ".end"),
                            "task.timeframe.range");
                }
                if (in.end().isBefore(in.start())) {
                    throw ProblemException.invalidField(field + ".end", "task.timeframe.end-before-start");
                }
                set(task, text, in.kind(), null, in.start(), in.end());
            }
            case UNSPECIFIED -> set(task, text, in.kind(), null, null, null);
        }
    }

    private static void set(Task task, String text, TimeframeKind kind, List<Integer> quarters, LocalDate start,
            LocalDate end) {
        task.timeframeText = text;
        task.timeframeKind = kind;
        task.timeframeQuarters = quarters == null || quarters.isEmpty() ? null
                : quarters.stream().map(String::valueOf).collect(Collectors.joining(","));
        task.startDate = start;
        task.endDate = end;
    }

    private void addAssignments(Task task, AssignmentRole role, List<AssignmentInput> inputs, Plan plan, String field) {
        if (inputs == null) {
            return;
        }
        Set<Object> seen = new java.util.HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            AssignmentInput in = inputs.get(i);
            String at = field + "[" + i + "]";
            TaskAssignment a = new TaskAssignment();
            a.task = task;
            a.role = role;
            a.position = i;
            String text = blankToNull(in.text());
            if (in.unitId() != null && in.group() != null) {
                throw ProblemException.invalidField(at, "task.assignment.both");
            }
            if (in.unitId() != null) {
                Unit unit = units.find(in.unitId()).orElseThrow(
                        () -> ProblemException.invalidField(at + ".unitId", "plan.unit.unknown", in.unitId()));
                if (!plan.issuingUnit.contains(unit)) {
                    throw ProblemException.invalidField(at + ".unitId", "task.assignment.outside", unit.name,
                            plan.issuingUnit.name);
                }
                a.unit = unit;
                a.text = text == null ? unit.name : text;
            } else if (in.group() != null) {
                a.unitGroup = in.group();
                a.text = text == null ? groupLabel(in.group()) : text;
            } else if (text != null) {
                a.text = text;
            } else {
                throw ProblemException.invalidField(at, "task.assignment.empty");
            }
            Object key = a.unit != null ? a.unit.id : a.unitGroup != null ? a.unitGroup : TextNormalizer.fold(a.text);
            if (seen.add(key)) {
                task.assignments.add(a);
            }
        }
    }

    static String groupLabel(UnitGroup group) {
        return switch (group) {
            case DEPARTMENTS -> "Các Sở, ban, ngành";
            case COMMUNES -> "UBND cấp xã";
            case ALL_LOCAL -> "Các cơ quan, đơn vị, địa phương";
            case PUBLIC_SERVICE_UNITS -> "Các đơn vị sự nghiệp công lập";
            case RELATED -> "Các cơ quan, đơn vị liên quan";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
