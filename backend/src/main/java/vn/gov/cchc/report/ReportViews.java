package vn.gov.cchc.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.deadline.Deadline;
import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.Periods;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.reference.RefList;
import vn.gov.cchc.reference.ReferenceService;
import vn.gov.cchc.report.ReportDtos.EventView;
import vn.gov.cchc.report.ReportDtos.EvidenceView;
import vn.gov.cchc.report.ReportDtos.FigureView;
import vn.gov.cchc.report.ReportDtos.ItemView;
import vn.gov.cchc.report.ReportDtos.Permissions;
import vn.gov.cchc.report.ReportDtos.ReportSummary;
import vn.gov.cchc.report.ReportDtos.ReportView;
import vn.gov.cchc.security.ReportAccess;
import vn.gov.cchc.task.AssignmentRole;
import vn.gov.cchc.task.Task;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskService;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** A report as the API shows it: its period and due date, items, evidence, history and what the caller may do. */
@ApplicationScoped
public class ReportViews {

    @Inject
    DeadlineService deadlines;

    @Inject
    TaskService tasks;

    @Inject
    ReferenceService references;

    @Inject
    ReportAccess access;

    Permissions permissions(Report r) {
        boolean edit = access.mayWrite(r.unit) && r.state.editable();
        return new Permissions(edit, ReportWorkflow.may(access, ReportAction.SUBMIT, r),
                ReportWorkflow.may(access, ReportAction.APPROVE, r), ReportWorkflow.may(access, ReportAction.SEND_BACK, r),
                ReportWorkflow.may(access, ReportAction.ACCEPT, r), ReportWorkflow.may(access, ReportAction.RETURN, r));
    }

    ReportSummary summary(Report r, LocalDate due, Locale locale) {
        return new ReportSummary(r.id, PlanRef.of(r.plan), new ScheduleRef(r.schedule.id, r.schedule.name), r.periodKey,
                Periods.label(r.periodKey, locale), due, r.sender(), r.state, r.sentOn, r.updatedAt, r.version);
    }

    ReportView view(Report r, WorkingCalendar calendar, Locale locale) {
        Periods.Occurrence o = Periods.of(r.schedule, r.plan.year, calendar).stream()
                .filter(x -> x.key().equals(r.periodKey)).findFirst().orElse(null);
        Deadline d = deadlines.reportDeadline(r.plan.id, r.schedule.id, r.periodKey, r.unit.id).orElse(null);
        LocalDate due = d != null ? d.dueOn : o == null ? null : o.due();
        PeriodView period = new PeriodView(r.periodKey, Periods.label(r.periodKey, locale), o == null ? null : o.start(),
                o == null ? null : o.end(), due, due != null && calendar.isWorkingDay(due), null);
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        Map<String, ReferenceService.Item> metrics = new LinkedHashMap<>();
        references.items(RefList.METRIC).forEach(m -> metrics.put(m.code(), m));
        boolean en = Messages.EN.getLanguage().equals(locale.getLanguage());
        List<ItemView> items = r.items.stream().map(i -> {
            AssignmentRole role = tasks.unitsOf(i.task, cache).getOrDefault(r.unit, AssignmentRole.COOPERATING);
            List<FigureView> figures = i.figures.entrySet().stream().map(f -> {
                ReferenceService.Item m = metrics.get(f.getKey());
                return new FigureView(f.getKey(), f.getValue(), m == null ? null : en ? m.measureEn() : m.measureVi());
            }).toList();
            Task t = i.task;
            TargetDto target = t.targetQuantity == null ? null
                    : new TargetDto(t.targetQuantity, t.targetMeasure, t.targetMetric, t.targetPerUnit);
            return new ItemView(TaskService.ref(t), role, target, i.status, i.percent, i.output, figures);
        }).toList();
        List<EvidenceView> evidence = ReportEvidence.<ReportEvidence>list("report = ?1 order by id", r).stream()
                .map(e -> new EvidenceView(e.id, e.taskId, e.kind, e.title, e.url, e.fileName, e.contentType, e.sizeBytes,
                        e.createdAt))
                .toList();
        List<EventView> history = ReportEvent.<ReportEvent>list("reportId = ?1 order by at, id", r.id).stream()
                .map(e -> new EventView(e.at, e.username, e.displayName, e.action, e.fromState, e.toState, e.comment))
                .toList();
        Boolean onTime = r.sentOn == null || due == null ? null : !r.sentOn.isAfter(due);
        return new ReportView(r.id, PlanRef.of(r.plan), new ScheduleRef(r.schedule.id, r.schedule.name), period,
                r.sender(), UnitRef.of(r.schedule.receivingUnit), r.state, items, r.results, r.shortcomings,
                r.difficulties, r.proposals, evidence, r.sentOn, onTime, r.returnReason, history, r.version,
                permissions(r));
    }
}
