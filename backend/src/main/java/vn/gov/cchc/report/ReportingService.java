package vn.gov.cchc.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.deadline.Deadline;
import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.Periods;
import vn.gov.cchc.deadline.ReportSchedule;
import vn.gov.cchc.deadline.ScheduleService;
import vn.gov.cchc.notification.MailService;
import vn.gov.cchc.notification.NotificationService;
import vn.gov.cchc.notification.Person;
import vn.gov.cchc.notification.PersonDirectory;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.reference.RefList;
import vn.gov.cchc.reference.ReferenceService;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.Roles;
import vn.gov.cchc.task.AssignmentRole;
import vn.gov.cchc.task.Task;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.task.TaskService;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitService;

/**
 * What Sở Nội vụ and lead departments do with reports: who has reported for a period (and on time),
 * chasing the missing ones, and the consolidation of results and figures across units.
 */
@ApplicationScoped
public class ReportingService {

    @Inject
    PlanService plans;

    @Inject
    ScheduleService schedules;

    @Inject
    DeadlineService deadlines;

    @Inject
    TaskService tasks;

    @Inject
    UnitService units;

    @Inject
    CalendarService calendars;

    @Inject
    TimeService time;

    @Inject
    ReferenceService references;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    NotificationService notifications;

    @Inject
    PersonDirectory directory;

    @Inject
    MailService mail;

    @Inject
    ReportService reports;

    // ---------------------------------------------------------------- rates

    @Schema(name = "RateTotals", description = "Counts over the units expected to report")
    public record Totals(
            @Schema(required = true, description = "Units expected to report") int expected,
            @Schema(required = true, description = "Sent (or accepted)") int sent,
            @Schema(required = true, description = "Sent by the due date") int sentOnTime,
            @Schema(required = true) int accepted,
            @Schema(required = true, description = "Returned and not yet sent again") int returned,
            @Schema(required = true, description = "Not sent") int missing) {
    }

    @Schema(name = "UnitRate", description = "One unit's report for the period")
    public record UnitRate(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) LocalDate dueOn,
            @Schema(required = true, nullable = true) Long reportId,
            @Schema(required = true, nullable = true, description = "Null when the unit has not started its report") ReportState reportState,
            @Schema(required = true, nullable = true) LocalDate sentOn,
            @Schema(required = true) boolean sent,
            @Schema(required = true) boolean onTime,
            @Schema(required = true) boolean accepted,
            @Schema(required = true, description = "Not sent and the due date has passed") boolean overdue) {
    }

    @Schema(name = "ReportingRates", description = "For a plan and a period: expected, sent, sent on time, accepted and missing reports")
    public record Rates(
            @Schema(required = true) PlanRef plan,
            @Schema(required = true) ScheduleRef schedule,
            @Schema(required = true) PeriodView period,
            @Schema(required = true) Totals totals,
            @Schema(required = true) List<UnitRate> units,
            @Schema(required = true) List<UnitRef> missingUnits) {
    }

    @Schema(name = "UnitRateRow", description = "A unit's report for one period")
    public record PeriodRate(
            @Schema(required = true) ScheduleRef schedule,
            @Schema(required = true) PeriodView period,
            @Schema(required = true) UnitRate rate) {
    }

    @Schema(name = "UnitReportingRates", description = "A unit's reports over every period of a plan")
    public record UnitRates(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) PlanRef plan,
            @Schema(required = true) Totals totals,
            @Schema(required = true) List<PeriodRate> periods) {
    }

    /** The schedule and period asked for (the plan's first schedule when none is given). */
    private ReportSchedule schedule(Plan plan, Long scheduleId) {
        if (scheduleId == null) {
            ReportSchedule first = ReportSchedule.find("plan = ?1 order by position, id", plan).firstResult();
            if (first == null) {
                throw ProblemException.invalidField("scheduleId", "reporting.no-schedule");
            }
            return first;
        }
        ReportSchedule s = ReportSchedule.findById(scheduleId);
        if (s == null || !s.plan.id.equals(plan.id)) {
            throw ProblemException.invalidField("scheduleId", "report.schedule.unknown", scheduleId);
        }
        return s;
    }

    private Periods.Occurrence occurrence(ReportSchedule s, String periodKey, WorkingCalendar calendar) {
        if (periodKey == null || periodKey.isBlank()) {
            throw ProblemException.invalidField("period", "reporting.period.required");
        }
        return Periods.of(s, s.plan.year, calendar).stream().filter(o -> o.key().equals(periodKey)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("period", "report.period.outside", periodKey, s.plan.year));
    }

    /** Sở Nội vụ of the receiving province, the plan's issuer and admins follow the rates. */
    private void requireMonitor(Plan plan, ReportSchedule s) {
        boolean ok = user.isAdmin() || policy.mayWriteFor(plan.issuingUnit)
                || (user.has(Roles.COORDINATOR) && s.receivingUnit != null
                        && user.writeScope().map(scope -> scope.contains(s.receivingUnit)).orElse(false));
        if (!ok) {
            throw ProblemException.forbidden("reporting.forbidden");
        }
    }

    @Transactional
    public Rates rates(long planId, Long scheduleId, String periodKey, Locale locale) {
        Plan plan = plans.visible(planId);
        ReportSchedule s = schedule(plan, scheduleId);
        requireMonitor(plan, s);
        WorkingCalendar calendar = calendars.calendar();
        Periods.Occurrence o = occurrence(s, periodKey, calendar);
        LocalDate today = time.today();
        Map<Long, Report> byUnit = new HashMap<>();
        Report.<Report>list("schedule = ?1 and periodKey = ?2", s, o.key()).forEach(r -> byUnit.put(r.unit.id, r));
        List<UnitRate> rows = new ArrayList<>();
        for (Deadline d : deadlines.reportDeadlines(s.id, o.key())) {
            rows.add(rate(d, byUnit.get(d.unit.id), today));
        }
        List<UnitRef> missing = rows.stream().filter(r -> !r.sent()).map(UnitRate::unit).toList();
        return new Rates(PlanRef.of(plan), new ScheduleRef(s.id, s.name), period(o, calendar, locale), totals(rows), rows,
                missing);
    }

    private static UnitRate rate(Deadline d, Report r, LocalDate today) {
        boolean sent = r != null && r.state.received();
        boolean onTime = sent && r.sentOn != null && !r.sentOn.isAfter(d.dueOn);
        return new UnitRate(UnitRef.of(d.unit), d.dueOn, r == null ? null : r.id, r == null ? null : r.state,
                r == null ? null : r.sentOn, sent, onTime, r != null && r.state == ReportState.ACCEPTED,
                !sent && d.dueOn.isBefore(today));
    }

    private static Totals totals(List<UnitRate> rows) {
        int sent = (int) rows.stream().filter(UnitRate::sent).count();
        return new Totals(rows.size(), sent, (int) rows.stream().filter(UnitRate::onTime).count(),
                (int) rows.stream().filter(UnitRate::accepted).count(),
                (int) rows.stream().filter(r -> r.reportState() == ReportState.RETURNED).count(), rows.size() - sent);
    }

    static PeriodView period(Periods.Occurrence o, WorkingCalendar calendar, Locale locale) {
        return new PeriodView(o.key(), Periods.label(o.key(), locale), o.start(), o.end(), o.due(),
                calendar.isWorkingDay(o.due()), null);
    }

    @Transactional
    public UnitRates unitRates(long unitId, long planId, Locale locale) {
        Unit unit = units.find(unitId).orElseThrow(() -> ProblemException.notFound("unit", unitId));
        var v = policy.visibility();
        if (!v.everything() && (v.subtreePath() == null || !unit.path.startsWith(v.subtreePath()))) {
            throw ProblemException.notFound("unit", unitId);
        }
        Plan plan = plans.visible(planId);
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = time.today();
        List<PeriodRate> rows = new ArrayList<>();
        for (ReportSchedule s : ReportSchedule.<ReportSchedule>list("plan = ?1 order by position, id", plan)) {
            for (Periods.Occurrence o : Periods.of(s, plan.year, calendar)) {
                deadlines.reportDeadline(plan.id, s.id, o.key(), unit.id).ifPresent(d -> {
                    Report r = Report.find("schedule = ?1 and periodKey = ?2 and unit = ?3", s, o.key(), unit).firstResult();
                    rows.add(new PeriodRate(new ScheduleRef(s.id, s.name), period(o, calendar, locale), rate(d, r, today)));
                });
            }
        }
        return new UnitRates(UnitRef.of(unit), PlanRef.of(plan), totals(rows.stream().map(PeriodRate::rate).toList()),
                rows);
    }

    @Schema(name = "ReminderResult", description = "Who was reminded")
    public record Reminded(
            @Schema(required = true) List<UnitRef> units,
            @Schema(required = true, description = "E-mails queued (one per person per period and day at most)") int emails) {
    }

    /** Reminds every unit that has not sent its report for the period: a notice in the application and an e-mail each. */
    @Transactional
    public Reminded remindMissing(long planId, Long scheduleId, String periodKey, Locale locale) {
        Rates r = rates(planId, scheduleId, periodKey, locale);
        Plan plan = plans.visible(planId);
        LocalDate today = time.today();
        int emails = 0;
        for (UnitRef missing : r.missingUnits()) {
            Unit unit = units.get(missing.id());
            UnitRate rate = r.units().stream().filter(x -> x.unit().id() == missing.id()).findFirst().orElseThrow();
            String period = r.period().label();
            String title = Messages.get(Messages.VI, "reporting.chase.title", period,
                    plan.number() == null ? plan.title : plan.number(),
                    rate.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            notifications.notify(unit, "REPORT_MISSING", title, null, "/reports?planId=" + plan.id, null);
            List<Person> people;
            try {
                people = directory.membersOf(unit.code);
            } catch (RuntimeException e) {
                continue;
            }
            for (Person p : people) {
                String key = "chase:" + r.schedule().id() + ":" + r.period().key() + ":" + p.username() + ":" + today;
                if (mail.enqueue(key, p, "[CCHC] " + title, title + "\n\n"
                        + Messages.get(Messages.VI, "reminder.footer", "/reports"), null)) {
                    emails++;
                }
            }
        }
        return new Reminded(r.missingUnits(), emails);
    }

    // ---------------------------------------------------------------- consolidation

    @Schema(name = "ConsolidationScope", description = "PROVINCE: every task and unit (coordinators, the issuer); LEAD_UNIT: only the tasks the caller's unit leads (lead departments)")
    public enum Scope {
        PROVINCE,
        LEAD_UNIT
    }

    @Schema(name = "UnitResult", description = "What one unit reported for one task")
    public record UnitResult(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) long reportId,
            @Schema(required = true) TaskStatus status,
            @Schema(required = true, nullable = true) Integer percent,
            @Schema(required = true, nullable = true) String output,
            @Schema(required = true) Map<String, Long> figures) {
    }

    @Schema(name = "TargetProgress", description = "Progress against the task's target")
    public record TargetProgress(
            @Schema(required = true) TargetDto target,
            @Schema(required = true, description = "What the units reported towards it (the target's metric)") long achieved,
            @Schema(required = true, description = "What is required: the quantity, times the units expected when it is per unit") long required,
            @Schema(required = true, description = "For per-unit targets: units that reached it") int unitsMeeting,
            @Schema(required = true, description = "For per-unit targets: units expected") int unitsExpected,
            @Schema(required = true, description = "achieved / required, 0–100 (capped)") int percent) {
    }

    @Schema(name = "TaskConsolidation", description = "One task across the units that reported on it")
    public record TaskRow(
            @Schema(required = true) TaskRef task,
            @Schema(required = true) List<UnitResult> units,
            @Schema(required = true) Map<String, Long> totals,
            @Schema(required = true) int done,
            @Schema(required = true) int inProgress,
            @Schema(required = true) int notStarted,
            @Schema(required = true, nullable = true) TargetProgress target) {
    }

    @Schema(name = "IncludedReport", description = "A report counted in the consolidation")
    public record Included(
            @Schema(required = true) long reportId,
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) ReportState state,
            @Schema(required = true) LocalDate sentOn) {
    }

    @Schema(name = "NarrativeExcerpt", description = "What one unit wrote under a heading")
    public record Excerpt(@Schema(required = true) UnitRef unit, @Schema(required = true) String text) {
    }

    @Schema(name = "Consolidation", description = "Results and figures of a period's reports, by task and in total; only sent or accepted reports count")
    public record Consolidation(
            @Schema(required = true) PlanRef plan,
            @Schema(required = true) ScheduleRef schedule,
            @Schema(required = true) PeriodView period,
            @Schema(required = true) Scope scope,
            @Schema(required = true, description = "The reports counted") List<Included> included,
            @Schema(required = true, description = "Units expected whose report is not counted (not sent yet, or only in draft)") List<UnitRef> notIncluded,
            @Schema(required = true) List<TaskRow> tasks,
            @Schema(required = true, description = "Every figure summed over the tasks and units shown") Map<String, Long> totals,
            @Schema(required = true, description = "Results; empty for lead departments") List<Excerpt> results,
            @Schema(required = true) List<Excerpt> shortcomings,
            @Schema(required = true) List<Excerpt> difficulties,
            @Schema(required = true) List<Excerpt> proposals) {
    }

    @Transactional
    public Consolidation consolidation(long planId, Long scheduleId, String periodKey, Locale locale) {
        Plan plan = plans.visible(planId);
        ReportSchedule s = schedule(plan, scheduleId);
        WorkingCalendar calendar = calendars.calendar();
        Periods.Occurrence o = occurrence(s, periodKey, calendar);
        Scope scope;
        Set<Long> ledTasks = null;
        boolean monitor = user.isAdmin() || policy.mayWriteFor(plan.issuingUnit)
                || (user.has(Roles.COORDINATOR) && s.receivingUnit != null
                        && user.writeScope().map(sc -> sc.contains(s.receivingUnit)).orElse(false));
        if (monitor) {
            scope = Scope.PROVINCE;
        } else {
            Unit own = user.unit().orElse(null);
            Map<UnitGroup, List<Unit>> cache = new HashMap<>();
            ledTasks = own == null ? Set.of() : tasks.tasksOf(plan).stream()
                    .filter(t -> t.assignments(AssignmentRole.LEAD).stream().anyMatch(a -> a.unit != null && a.unit.id.equals(own.id)))
                    .map(t -> t.id).collect(Collectors.toSet());
            if (ledTasks.isEmpty()) {
                throw ProblemException.forbidden("reporting.forbidden");
            }
            scope = Scope.LEAD_UNIT;
        }
        List<Report> received = Report.list("schedule = ?1 and periodKey = ?2 and state in ?3 order by unit.path", s,
                o.key(), List.of(ReportState.SENT, ReportState.ACCEPTED));
        Set<Long> receivedUnits = received.stream().map(r -> r.unit.id).collect(Collectors.toSet());
        List<UnitRef> notIncluded = deadlines.reportDeadlines(s.id, o.key()).stream()
                .filter(d -> !receivedUnits.contains(d.unit.id)).map(d -> UnitRef.of(d.unit)).toList();
        Map<Long, List<UnitResult>> byTask = new LinkedHashMap<>();
        for (Report r : received) {
            for (ReportItem i : r.items) {
                if (ledTasks != null && !ledTasks.contains(i.task.id)) {
                    continue;
                }
                byTask.computeIfAbsent(i.task.id, k -> new ArrayList<>()).add(new UnitResult(UnitRef.of(r.unit), r.id,
                        i.status, i.percent, i.output, new TreeMap<>(i.figures)));
            }
        }
        Map<String, Long> grand = new TreeMap<>();
        List<TaskRow> rows = new ArrayList<>();
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        for (Task t : tasks.tasksOf(plan)) {
            if (ledTasks != null && !ledTasks.contains(t.id)) {
                continue;
            }
            List<UnitResult> results = byTask.getOrDefault(t.id, List.of());
            Map<String, Long> totals = new TreeMap<>();
            results.forEach(u -> u.figures().forEach((m, v) -> totals.merge(m, v, Long::sum)));
            totals.forEach((m, v) -> grand.merge(m, v, Long::sum));
            TargetProgress progress = null;
            if (t.targetQuantity != null) {
                TargetDto target = new TargetDto(t.targetQuantity, t.targetMeasure, t.targetMetric, t.targetPerUnit);
                long achieved = t.targetMetric == null ? 0 : totals.getOrDefault(t.targetMetric, 0L);
                int expectedUnits = (int) tasks.unitsOf(t, cache).entrySet().stream()
                        .filter(e -> e.getValue() == AssignmentRole.LEAD && !e.getKey().id.equals(plan.issuingUnit.id)).count();
                long required = t.targetPerUnit ? t.targetQuantity * Math.max(1, expectedUnits) : t.targetQuantity;
                int meeting = t.targetMetric == null ? 0 : (int) results.stream()
                        .filter(u -> u.figures().getOrDefault(t.targetMetric, 0L) >= t.targetQuantity).count();
                int percent = required == 0 ? 100 : (int) Math.min(100, achieved * 100 / required);
                progress = new TargetProgress(target, achieved, required, meeting, t.targetPerUnit ? expectedUnits : 1, percent);
            }
            rows.add(new TaskRow(TaskService.ref(t), results, totals,
                    (int) results.stream().filter(u -> u.status() == TaskStatus.DONE).count(),
                    (int) results.stream().filter(u -> u.status() == TaskStatus.IN_PROGRESS).count(),
                    (int) results.stream().filter(u -> u.status() == TaskStatus.NOT_STARTED).count(), progress));
        }
        boolean narrative = scope == Scope.PROVINCE;
        return new Consolidation(PlanRef.of(plan), new ScheduleRef(s.id, s.name), period(o, calendar, locale), scope,
                received.stream().map(r -> new Included(r.id, UnitRef.of(r.unit), r.state, r.sentOn)).toList(),
                notIncluded, rows, grand,
                narrative ? excerpts(received, r -> r.results) : List.of(),
                narrative ? excerpts(received, r -> r.shortcomings) : List.of(),
                narrative ? excerpts(received, r -> r.difficulties) : List.of(),
                narrative ? excerpts(received, r -> r.proposals) : List.of());
    }

    private static List<Excerpt> excerpts(List<Report> reports, java.util.function.Function<Report, String> field) {
        return reports.stream().filter(r -> field.apply(r) != null)
                .map(r -> new Excerpt(UnitRef.of(r.unit), field.apply(r))).toList();
    }

    /** Metric labels and measures, in the language asked for, for documents. */
    Map<String, String[]> metricLabels(Locale locale) {
        boolean en = Messages.EN.getLanguage().equals(locale.getLanguage());
        Map<String, String[]> out = new LinkedHashMap<>();
        references.items(RefList.METRIC).forEach(m -> out.put(m.code(),
                new String[] { en ? m.labelEn() : m.labelVi(), en ? m.measureEn() : m.measureVi() }));
        return out;
    }
}
