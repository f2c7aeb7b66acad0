package vn.gov.cchc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ReadOnlySession;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.Periods;
import vn.gov.cchc.deadline.ReportSchedule;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.reference.RefList;
import vn.gov.cchc.reference.ReferenceService;
import vn.gov.cchc.report.ReportingDtos.Consolidation;
import vn.gov.cchc.report.ReportingDtos.Excerpt;
import vn.gov.cchc.report.ReportingDtos.Included;
import vn.gov.cchc.report.ReportingDtos.Rates;
import vn.gov.cchc.report.ReportingDtos.Scope;
import vn.gov.cchc.report.ReportingDtos.TargetProgress;
import vn.gov.cchc.report.ReportingDtos.TaskRow;
import vn.gov.cchc.report.ReportingDtos.UnitResult;
import vn.gov.cchc.security.ReportAccess;
import vn.gov.cchc.task.AssignmentRole;
import vn.gov.cchc.task.Task;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskService;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/**
 * The consolidation of a period's sent and accepted reports, by task and in total. Those who monitor
 * the plan see every task, unit and the narrative; a lead department sees the tasks it leads, the
 * reports that carry results of those tasks and the units those tasks fall on, and no narrative. The
 * documents built from it show exactly the same.
 */
@ApplicationScoped
public class ConsolidationService {

    @Inject
    PlanService plans;

    @Inject
    ReportingScope scope;

    @Inject
    ReportingRates rates;

    @Inject
    DeadlineService deadlines;

    @Inject
    TaskService tasks;

    @Inject
    CalendarService calendars;

    @Inject
    ReferenceService references;

    @Inject
    ReportAccess access;

    /**
     * A consolidation with what the documents need besides: the schedule, the rates of the same units,
     * and the unit the document is written by (the receiver; a lead department for its own).
     */
    record Read(Consolidation consolidation, Plan plan, ReportSchedule schedule, Rates rates, Unit author) {
    }

    @Transactional
    public Consolidation consolidation(long planId, Long scheduleId, String periodKey, Locale locale) {
        return read(planId, scheduleId, periodKey, locale).consolidation();
    }

    @Transactional
    Read read(long planId, Long scheduleId, String periodKey, Locale locale) {
        // a read of thousands of items and figures (a province's period): nothing here writes
        ReadOnlySession.of(Report.getEntityManager());
        Plan plan = plans.visible(planId);
        ReportSchedule s = scope.schedule(plan, scheduleId);
        WorkingCalendar calendar = calendars.calendar();
        Periods.Occurrence o = ReportingScope.occurrence(s, periodKey, calendar);
        Scope scopeShown;
        Set<Long> ledTasks = null;
        Set<Long> shownUnits = null;
        Unit author = s.receivingUnit;
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        if (access.mayMonitor(plan.issuingUnit, s.receivingUnit)) {
            scopeShown = Scope.PROVINCE;
        } else {
            Unit own = access.leadUnit().orElse(null);
            List<Task> led = own == null ? List.of() : tasks.tasksOf(plan).stream()
                    .filter(t -> t.assignments(AssignmentRole.LEAD).stream()
                            .anyMatch(a -> a.unit != null && a.unit.id.equals(own.id)))
                    .toList();
            if (led.isEmpty()) {
                throw ProblemException.forbidden("reporting.forbidden");
            }
            ledTasks = led.stream().map(t -> t.id).collect(Collectors.toSet());
            // the units the led tasks fall on: the only units whose reports and rates a lead unit sees
            shownUnits = new HashSet<>();
            for (Task t : led) {
                for (Unit u : tasks.unitsOf(t, cache).keySet()) {
                    shownUnits.add(u.id);
                }
            }
            scopeShown = Scope.LEAD_UNIT;
            author = own;
        }
        final Set<Long> onlyTasks = ledTasks;
        final Set<Long> onlyUnits = shownUnits;
        List<Report> all = Report.<Report>find("select r from Report r join fetch r.unit u where r.schedule = ?1"
                + " and r.periodKey = ?2 and r.state in ?3 order by u.path", s, o.key(),
                List.of(ReportState.SENT, ReportState.ACCEPTED)).list();
        Map<Long, List<Item>> itemsOf = itemsAndFigures(all);
        List<Report> received = all.stream()
                .filter(r -> onlyTasks == null
                        || itemsOf.getOrDefault(r.id, List.of()).stream().anyMatch(i -> onlyTasks.contains(i.taskId())))
                .toList();
        Set<Long> receivedUnits = received.stream().map(r -> r.unit.id).collect(Collectors.toSet());
        List<UnitRef> notIncluded = deadlines.reportDeadlines(s.id, o.key()).stream()
                .filter(d -> onlyUnits == null || onlyUnits.contains(d.unit.id))
                .filter(d -> !receivedUnits.contains(d.unit.id)).map(d -> UnitRef.of(d.unit)).toList();
        Map<Long, List<UnitResult>> byTask = new LinkedHashMap<>();
        for (Report r : received) {
            for (Item i : itemsOf.getOrDefault(r.id, List.of())) {
                if (onlyTasks != null && !onlyTasks.contains(i.taskId())) {
                    continue;
                }
                byTask.computeIfAbsent(i.taskId(), k -> new ArrayList<>()).add(new UnitResult(r.sender(), r.id,
                        i.status(), i.percent(), i.output(), i.figures()));
            }
        }
        Map<String, Long> grand = new TreeMap<>();
        List<TaskRow> rows = new ArrayList<>();
        for (Task t : tasks.tasksOf(plan)) {
            if (onlyTasks != null && !onlyTasks.contains(t.id)) {
                continue;
            }
            List<UnitResult> results = byTask.getOrDefault(t.id, List.of());
            Map<String, Long> totals = new TreeMap<>();
            results.forEach(u -> u.figures().forEach((m, v) -> totals.merge(m, v, Long::sum)));
            totals.forEach((m, v) -> grand.merge(m, v, Long::sum));
            rows.add(new TaskRow(TaskService.ref(t), results, totals,
                    (int) results.stream().filter(u -> u.status() == TaskStatus.DONE).count(),
                    (int) results.stream().filter(u -> u.status() == TaskStatus.IN_PROGRESS).count(),
                    (int) results.stream().filter(u -> u.status() == TaskStatus.NOT_STARTED).count(),
                    progress(t, plan, results, totals, cache)));
        }
        boolean narrative = scopeShown == Scope.PROVINCE;
        Consolidation c = new Consolidation(PlanRef.of(plan), new ScheduleRef(s.id, s.name),
                ReportingScope.period(o, calendar, locale), scopeShown,
                received.stream().map(r -> new Included(r.id, r.sender(), r.state, r.sentOn)).toList(),
                notIncluded, rows, grand,
                narrative ? excerpts(received, r -> r.results) : List.of(),
                narrative ? excerpts(received, r -> r.shortcomings) : List.of(),
                narrative ? excerpts(received, r -> r.difficulties) : List.of(),
                narrative ? excerpts(received, r -> r.proposals) : List.of());
        return new Read(c, plan, s, rates.compute(plan, s, o.key(), onlyUnits, locale), author);
    }

    /** What a report says of one task, as consolidation reads it (not an entity: nothing to track or snapshot). */
    private record Item(long taskId, TaskStatus status, Integer percent, String output, Map<String, Long> figures) {
    }

    /**
     * The reports' items with their figures, by report, in appendix order: two projection queries. Fetched with the
     * reports, each report's four texts came once per item (1.2 MB, 48 ms for a province's quarter); as a DISTINCT
     * query the server de-duplicated items × figures in a temporary table (33 ms); as entities, thousands of items and
     * their figure maps were built, tracked and snapshotted, and 8 parallel consolidations spent half their time in
     * the collector.
     */
    private static Map<Long, List<Item>> itemsAndFigures(List<Report> reports) {
        Map<Long, List<Item>> byReport = new HashMap<>();
        if (reports.isEmpty()) {
            return byReport;
        }
        var em = Report.getEntityManager();
        Map<Long, Map<String, Long>> figures = new HashMap<>();
        em.createQuery("select i.id, key(f), value(f) from ReportItem i join i.figures f where i.report in :reports",
                Object[].class).setParameter("reports", reports).getResultList()
                .forEach(row -> figures.computeIfAbsent((Long) row[0], k -> new TreeMap<>()).put((String) row[1], (Long) row[2]));
        em.createQuery("select i.id, i.report.id, i.task.id, i.status, i.percent, i.output from ReportItem i"
                + " where i.report in :reports order by i.position", Object[].class).setParameter("reports", reports)
                .getResultList().forEach(row -> byReport.computeIfAbsent((Long) row[1], k -> new ArrayList<>())
                        .add(new Item((Long) row[2], (TaskStatus) row[3], (Integer) row[4], (String) row[5],
                                figures.computeIfAbsent((Long) row[0], k -> new TreeMap<>()))));
        return byReport;
    }

    private TargetProgress progress(Task t, Plan plan, List<UnitResult> results, Map<String, Long> totals,
            Map<UnitGroup, List<Unit>> cache) {
        if (t.targetQuantity == null) {
            return null;
        }
        TargetDto target = new TargetDto(t.targetQuantity, t.targetMeasure, t.targetMetric, t.targetPerUnit);
        long achieved = t.targetMetric == null ? 0 : totals.getOrDefault(t.targetMetric, 0L);
        int expectedUnits = (int) tasks.unitsOf(t, cache).entrySet().stream()
                .filter(e -> e.getValue() == AssignmentRole.LEAD && !e.getKey().id.equals(plan.issuingUnit.id)).count();
        long required = t.targetPerUnit ? t.targetQuantity * Math.max(1, expectedUnits) : t.targetQuantity;
        int meeting = t.targetMetric == null ? 0 : (int) results.stream()
                .filter(u -> u.figures().getOrDefault(t.targetMetric, 0L) >= t.targetQuantity).count();
        int percent = required == 0 ? 100 : (int) Math.min(100, achieved * 100 / required);
        return new TargetProgress(target, achieved, required, meeting, t.targetPerUnit ? expectedUnits : 1, percent);
    }

    private static List<Excerpt> excerpts(List<Report> reports, java.util.function.Function<Report, String> field) {
        return reports.stream().filter(r -> field.apply(r) != null)
                .map(r -> new Excerpt(r.sender(), field.apply(r))).toList();
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
