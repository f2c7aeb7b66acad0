package vn.gov.cchc.report;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.Periods;
import vn.gov.cchc.deadline.ReportSchedule;
import vn.gov.cchc.deadline.ScheduleService;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.reference.RefList;
import vn.gov.cchc.reference.ReferenceService;
import vn.gov.cchc.report.ReportDtos.ItemInput;
import vn.gov.cchc.report.ReportDtos.ReportInput;
import vn.gov.cchc.report.ReportDtos.ReportView;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.ReportAccess;
import vn.gov.cchc.task.Task;
import vn.gov.cchc.task.TaskService;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/**
 * Periodic reports: a unit's officers write one per schedule period, its leader approves and sends
 * it (meeting the deadline), the receiving unit's coordinators accept or return it. A unit never
 * sees another unit's reports; coordinators see them once sent. This class creates, writes and reads
 * one report; the workflow is {@link ReportWorkflow}, lists {@link ReportList}, what a report shows
 * {@link ReportViews}, and who may do what {@link vn.gov.cchc.security.ReportAccess}.
 */
@ApplicationScoped
public class ReportService {

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
    ReferenceService references;

    @Inject
    CurrentUser user;

    @Inject
    ReportAccess access;

    @Inject
    ReportViews views;

    @Inject
    EntityManager em;

    /** The report if the caller may see it (its unit always, the receiving coordinators once sent); otherwise 404. */
    Report visible(long id) {
        Report r = Report.findById(id);
        if (r == null || !access.maySee(r.unit, r.schedule.receivingUnit, r.sentOn != null)) {
            throw ProblemException.notFound("report", id);
        }
        return r;
    }

    // ---------------------------------------------------------------- creating and writing

    @Transactional
    public ReportView create(long scheduleId, String periodKey, Long unitId, Locale locale) {
        ReportSchedule schedule;
        try {
            schedule = schedules.visible(scheduleId);
        } catch (ProblemException e) {
            // a schedule the caller may not see answers as if it did not exist, as it would in a path
            throw ProblemException.of(ProblemType.NOT_FOUND, "scheduleId", "error.not-found.schedule", scheduleId);
        }
        Unit unit = unitId == null ? access.ownUnit().orElseThrow(() -> ProblemException.invalidField("unitId", "task.unit.required"))
                : units.find(unitId).orElseThrow(() -> ProblemException.invalidField("unitId", "plan.unit.unknown", unitId));
        if (!access.mayWrite(unit)) {
            throw ProblemException.forbidden("report.forbidden.write");
        }
        if (schedule.plan.status != PlanStatus.ISSUED) {
            throw ProblemException.invalidState(List.of(), "report.plan-not-issued");
        }
        WorkingCalendar calendar = calendars.calendar();
        boolean periodExists = Periods.of(schedule, schedule.plan.year, calendar).stream()
                .anyMatch(o -> o.key().equals(periodKey));
        if (!periodExists) {
            throw ProblemException.invalidField("periodKey", "report.period.outside", periodKey, schedule.plan.year);
        }
        if (deadlines.reportDeadline(schedule.plan.id, schedule.id, periodKey, unit.id).isEmpty()) {
            throw ProblemException.invalidField("unitId", "report.unit.not-expected", unit.name);
        }
        Report existing = Report.find("schedule = ?1 and periodKey = ?2 and unit = ?3", schedule, periodKey, unit)
                .firstResult();
        if (existing != null) {
            throw ProblemException.of(ProblemType.CONFLICT, "periodKey", "report.duplicate", unit.name,
                    Periods.label(periodKey, locale), String.valueOf(existing.id));
        }
        Report r = new Report();
        r.plan = schedule.plan;
        r.schedule = schedule;
        r.periodKey = periodKey;
        r.unit = unit;
        r.createdBy = user.username();
        int position = 0;
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        for (Task t : tasks.tasksOf(schedule.plan)) {
            if (tasks.unitsOf(t, cache).containsKey(unit)) {
                ReportItem item = new ReportItem();
                item.report = r;
                item.task = t;
                item.position = position++;
                r.items.add(item);
            }
        }
        try {
            r.persistAndFlush();
        } catch (PersistenceException e) {
            throw ProblemException.of(ProblemType.CONFLICT, "periodKey", "report.duplicate", unit.name,
                    Periods.label(periodKey, locale), "?");
        }
        event(r, ReportAction.CREATE, null, ReportState.DRAFT, null);
        return views.view(r, calendar, locale);
    }

    @Transactional
    public ReportView update(long id, String ifMatch, ReportInput in, Locale locale) {
        Report r = visible(id);
        if (!access.mayWrite(r.unit)) {
            throw ProblemException.forbidden("report.forbidden.write");
        }
        Etags.requireMatch(ifMatch, r.version);
        if (!r.state.editable()) {
            throw ProblemException.invalidState(allowed(r), "report.state.not-editable", r.state);
        }
        if (in.items() != null) {
            Map<Long, ReportItem> byTask = new HashMap<>();
            r.items.forEach(i -> byTask.put(i.task.id, i));
            Set<String> metrics = references.codes(RefList.METRIC);
            for (int i = 0; i < in.items().size(); i++) {
                ItemInput ii = in.items().get(i);
                ReportItem item = byTask.get(ii.taskId());
                if (item == null) {
                    throw ProblemException.invalidField("items[" + i + "].taskId", "report.item.unknown-task", ii.taskId());
                }
                item.status = ii.status();
                item.percent = ii.status() == TaskStatus.DONE && ii.percent() == null ? Integer.valueOf(100) : ii.percent();
                item.output = blankToNull(ii.output());
                item.figures.clear();
                if (ii.figures() != null) {
                    for (Map.Entry<String, Long> f : ii.figures().entrySet()) {
                        if (!metrics.contains(f.getKey())) {
                            throw ProblemException.invalidField("items[" + i + "].figures." + f.getKey(), "error.json.enum",
                                    f.getKey(), String.join(", ", references.items(RefList.METRIC).stream()
                                            .map(ReferenceService.Item::code).toList()));
                        }
                        item.figures.put(f.getKey(), f.getValue());
                    }
                }
            }
        }
        r.results = blankToNull(in.results());
        r.shortcomings = blankToNull(in.shortcomings());
        r.difficulties = blankToNull(in.difficulties());
        r.proposals = blankToNull(in.proposals());
        r.updatedAt = Instant.now();
        em.flush();
        return views.view(r, calendars.calendar(), locale);
    }

    @Transactional
    public ReportView read(long id, Locale locale) {
        return views.view(visible(id), calendars.calendar(), locale);
    }

    /** The actions possible in the report's state, whoever may take them. */
    static List<String> allowed(Report r) {
        return ReportWorkflow.allowed(r.state);
    }

    void event(Report r, ReportAction action, ReportState from, ReportState to, String comment) {
        ReportEvent e = new ReportEvent();
        e.reportId = r.id;
        e.username = user.username() == null ? "system" : user.username();
        e.displayName = user.username() == null ? null : user.displayName();
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.comment = comment;
        e.persist();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
