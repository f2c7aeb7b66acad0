package vn.gov.cchc.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Parameters;
import vn.gov.cchc.calendar.CalendarChanged;
import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlinePage;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;
import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanEvents;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.Visibility;
import vn.gov.cchc.task.AssignmentRole;
import vn.gov.cchc.task.Task;
import vn.gov.cchc.task.TaskService;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitCreated;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/**
 * Every obligation an issued plan creates: each assigned unit's implementing plan, each report of
 * each schedule period, each due date of each task. Derived when a plan is issued and derived again
 * whenever something it depends on changes (schedules, the unit tree, the calendar); what a unit
 * did to meet one is kept across derivations.
 */
@ApplicationScoped
public class DeadlineService {

    private static final Logger LOG = Logger.getLogger(DeadlineService.class);

    /** Units that issue plans of their own (departments and communes; not divisions or mass organisations). */
    static final Set<UnitKind> PLAN_ISSUERS = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.PUBLIC_SERVICE_UNIT,
            UnitKind.MEDIA, UnitKind.COMMUNE);

    static final Map<String, String> SORTS = Map.of("dueOn", "d.dueOn", "unit", "u.path", "plan", "d.plan.id", "kind",
            "d.kind");

    @ConfigProperty(name = "cchc.reminders.lead-working-days", defaultValue = "3")
    int leadWorkingDays;

    @Inject
    CalendarService calendars;

    @Inject
    TimeService time;

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    UnitService units;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    // ---------------------------------------------------------------- deriving

    void onIssued(@Observes PlanEvents.Issued event) {
        Plan plan = plans.find(event.planId());
        reconcile(plan, calendars.calendar());
        if (plan.parent != null) {
            meetImplementingPlan(plan);
        }
    }

    void onCalendarChanged(@Observes CalendarChanged event) {
        reconcileAll();
    }

    void onUnitCreated(@Observes UnitCreated event) {
        Unit unit = units.get(event.unitId());
        WorkingCalendar calendar = null;
        for (Long ancestor : unit.ancestorIds()) {
            for (Plan p : Plan.<Plan>list("issuingUnit.id = ?1 and status = ?2", ancestor, PlanStatus.ISSUED)) {
                calendar = calendar == null ? calendars.calendar() : calendar;
                reconcile(p, calendar);
            }
        }
    }

    /** Derives again the deadlines of every issued plan (after a calendar change). */
    @Transactional
    public void reconcileAll() {
        WorkingCalendar calendar = calendars.calendar();
        for (Plan p : Plan.<Plan>list("status", PlanStatus.ISSUED)) {
            reconcile(p, calendar);
        }
    }

    /** Derives again one plan's deadlines (after a schedule change). */
    @Transactional
    public void reconcile(Plan plan) {
        reconcile(plan, calendars.calendar());
    }

    private record Expected(DeadlineKind kind, Unit unit, Task task, ReportSchedule schedule, Periods.Occurrence period,
            String key) {
    }

    /**
     * An occurrence that fell due before the plan was signed (January's monthly task of a plan issued in March)
     * is no obligation the plan can create: it is not derived, rather than shown overdue from the first day.
     */
    private static boolean dueBeforeIssue(Plan plan, Periods.Occurrence o) {
        return plan.issuedOn != null && o.due() != null && o.due().isBefore(plan.issuedOn);
    }

    @Transactional
    void reconcile(Plan plan, WorkingCalendar calendar) {
        if (plan.status != PlanStatus.ISSUED) {
            return;
        }
        Map<String, Expected> expected = new LinkedHashMap<>();
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        List<Task> planTasks = tasks.tasksOf(plan);
        Map<Unit, AssignmentRole> assigned = new LinkedHashMap<>();
        for (Task t : planTasks) {
            tasks.unitsOf(t, cache).forEach(assigned::putIfAbsent);
        }
        assigned.remove(plan.issuingUnit);

        int days = PlanService.implementingPlanDays(plan);
        if (days > 0 && plan.issuedOn != null) {
            LocalDate due = calendar.addWorkingDays(plan.issuedOn, days);
            for (Unit u : assigned.keySet()) {
                if (PLAN_ISSUERS.contains(u.kind)) {
                    String key = "IMPL:" + u.id;
                    expected.put(key, new Expected(DeadlineKind.IMPLEMENTING_PLAN, u, null, null,
                            new Periods.Occurrence(null, plan.issuedOn, due, due, null), key));
                }
            }
        }
        for (ReportSchedule s : ReportSchedule.<ReportSchedule>list("plan", plan)) {
            for (Periods.Occurrence o : Periods.of(s, plan.year, calendar)) {
                if (dueBeforeIssue(plan, o)) {
                    continue;
                }
                for (Unit u : assigned.keySet()) {
                    if (s.receivingUnit != null && u.id.equals(s.receivingUnit.id)) {
                        continue;
                    }
                    String key = reportKey(s.id, o.key(), u.id);
                    expected.put(key, new Expected(DeadlineKind.REPORT, u, null, s, o, key));
                }
            }
        }
        for (Task t : planTasks) {
            List<Periods.Occurrence> occurrences = Periods.ofTask(t.timeframeKind, TaskService.timeframe(t).quarters(),
                    t.startDate, t.endDate, plan.year);
            if (occurrences.isEmpty()) {
                continue;
            }
            tasks.unitsOf(t, cache).forEach((u, role) -> {
                if (role != AssignmentRole.LEAD) {
                    return;
                }
                for (Periods.Occurrence o : occurrences) {
                    if (dueBeforeIssue(plan, o)) {
                        continue;
                    }
                    String key = "TASK:" + t.id + ":" + o.key() + ":" + u.id;
                    expected.put(key, new Expected(DeadlineKind.TASK, u, t, null, o, key));
                }
            });
        }

        Map<String, Deadline> existing = new HashMap<>();
        for (Deadline d : Deadline.<Deadline>list("plan", plan)) {
            existing.put(d.naturalKey, d);
        }
        int added = 0;
        int removed = 0;
        for (Expected e : expected.values()) {
            Deadline d = existing.remove(e.key());
            if (d == null) {
                d = new Deadline();
                d.plan = plan;
                d.kind = e.kind();
                d.unit = e.unit();
                d.task = e.task();
                d.schedule = e.schedule();
                d.naturalKey = e.key();
                added++;
            }
            boolean report = e.kind() == DeadlineKind.REPORT || e.kind() == DeadlineKind.TASK;
            d.periodKey = report ? e.period().key() : null;
            d.periodStart = e.period().start();
            d.periodEnd = e.period().end();
            if (!e.period().due().equals(d.dueOn) || !java.util.Objects.equals(d.dueNote, e.period().dueNote())) {
                d.dueOn = e.period().due();
                d.dueNote = e.period().dueNote();
                d.updatedAt = Instant.now();
            }
            if (d.id == null) {
                d.persist();
            }
        }
        for (Deadline gone : existing.values()) {
            if (gone.metOn == null) {
                gone.delete();
                removed++;
            }
        }
        em.flush();
        // implementing plans issued before this derivation
        for (Plan child : Plan.<Plan>list("parent = ?1 and status <> ?2", plan, PlanStatus.DRAFT)) {
            meetImplementingPlan(child);
        }
        LOG.debugf("Deadlines of plan %d: %d expected, %d added, %d removed", plan.id, expected.size(), added, removed);
    }

    private void meetImplementingPlan(Plan child) {
        Deadline d = Deadline.find("plan = ?1 and naturalKey = ?2", child.parent, "IMPL:" + child.issuingUnit.id)
                .firstResult();
        if (d != null && d.metOn == null) {
            d.metOn = child.issuedOn;
            d.metRef = "plan:" + child.id;
            d.metBy = "system";
            d.updatedAt = Instant.now();
        }
    }

    /**
     * The hook reports call when a unit sends a period's report: meets that deadline on the day
     * sent (on time or late). Returns false when there is no such deadline.
     */
    @Transactional
    public boolean reportSent(long planId, long scheduleId, String periodKey, long unitId, LocalDate sentOn,
            String reportRef, String username) {
        Deadline d = reportDeadline(planId, scheduleId, periodKey, unitId).orElse(null);
        if (d == null) {
            return false;
        }
        d.metOn = sentOn;
        d.metRef = reportRef;
        d.metBy = username;
        d.updatedAt = Instant.now();
        return true;
    }

    /** The report deadline of a unit for a schedule's period, if the plan expects that report. */
    public java.util.Optional<Deadline> reportDeadline(long planId, long scheduleId, String periodKey, long unitId) {
        return Deadline.find("plan.id = ?1 and naturalKey = ?2", planId, reportKey(scheduleId, periodKey, unitId))
                .firstResultOptional();
    }

    /** The natural key of a unit's report deadline for a schedule's period. */
    public static String reportKey(long scheduleId, String periodKey, long unitId) {
        return "REPORT:" + scheduleId + ":" + periodKey + ":" + unitId;
    }

    /**
     * Several report deadlines in one query (for a page of reports), by {@link #reportKey}: plans
     * and keys are those of the reports; a key without a deadline is absent from the map.
     */
    public java.util.Map<String, Deadline> reportDeadlines(java.util.Collection<Long> planIds,
            java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return java.util.Map.of();
        }
        return Deadline.<Deadline>list("plan.id in ?1 and naturalKey in ?2", planIds, keys).stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.naturalKey, d -> d, (a, b) -> a));
    }

    /** The report deadlines of a schedule's period (every unit expected to report). */
    public List<Deadline> reportDeadlines(long scheduleId, String periodKey) {
        return Deadline.list("schedule.id = ?1 and periodKey = ?2 and kind = ?3 order by unit.path", scheduleId,
                periodKey, DeadlineKind.REPORT);
    }

    /** The hook reports call when a sent report is returned: the deadline is open again until it is sent again. */
    @Transactional
    public void reportReturned(long planId, long scheduleId, String periodKey, long unitId) {
        reportDeadline(planId, scheduleId, periodKey, unitId).ifPresent(d -> {
            d.metOn = null;
            d.metRef = null;
            d.metBy = null;
            d.updatedAt = Instant.now();
        });
    }

    // ---------------------------------------------------------------- completing a task

    @Transactional
    public DeadlineView complete(long id, String output, LocalDate completedOn, Locale locale) {
        Deadline d = visible(id);
        if (d.kind != DeadlineKind.TASK) {
            throw ProblemException.invalidState(List.of(), "deadline.complete.not-task");
        }
        if (!policy.mayWriteFor(d.unit)) {
            throw ProblemException.forbidden("deadline.complete.forbidden");
        }
        if (d.metOn != null) {
            throw ProblemException.invalidState(List.of(), "deadline.complete.already", d.metOn.toString());
        }
        if (d.plan.status != PlanStatus.ISSUED) {
            throw ProblemException.invalidState(List.of(), "plan.state.not-issued", d.plan.status);
        }
        LocalDate today = time.today();
        LocalDate on = completedOn == null ? today : completedOn;
        if (on.isAfter(today)) {
            throw ProblemException.invalidField("completedOn", "deadline.complete.future");
        }
        d.metOn = on;
        d.output = output.strip();
        d.metBy = user.username();
        d.metRef = "task:" + d.task.id;
        d.updatedAt = Instant.now();
        em.flush();
        return view(d, calendars.calendar(), today, locale);
    }

    private boolean mayComplete(Deadline d) {
        return d.kind == DeadlineKind.TASK && d.metOn == null && policy.mayWriteFor(d.unit)
                && d.plan.status == PlanStatus.ISSUED;
    }

    // ---------------------------------------------------------------- reading

    public record Filter(Long unitId, boolean subtree, DeadlineKind kind, DeadlineState state, Long planId,
            LocalDate from, LocalDate to) {
    }

    @Transactional
    public DeadlineView read(long id, Locale locale) {
        return view(visible(id), calendars.calendar(), time.today(), locale);
    }

    /** The deadline if the caller may see its unit and plan; otherwise 404. */
    Deadline visible(long id) {
        Deadline d = Deadline.findById(id);
        if (d == null || !unitInScope(d.unit)) {
            throw ProblemException.notFound("deadline", id);
        }
        try {
            plans.visible(d.plan.id);
        } catch (ProblemException e) {
            throw ProblemException.notFound("deadline", id);
        }
        return d;
    }

    private boolean unitInScope(Unit unit) {
        Visibility v = policy.visibility();
        return v.everything() || (v.subtreePath() != null && unit.path.startsWith(v.subtreePath()));
    }

    /** The unit deadlines are listed for when the caller names none: their scope's root (province for coordinators). */
    Unit defaultUnit() {
        return user.writeScope().or(() -> user.unit()).orElse(null);
    }

    @Transactional
    public DeadlinePage list(Filter f, PageRequest paging, Locale locale) {
        List<Deadline> found = query(f, paging);
        long total = count(f);
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = time.today();
        List<DeadlineView> items = found.stream().map(d -> view(d, calendar, today, locale)).toList();
        return new DeadlinePage(items, paging.page(), paging.size(), total);
    }

    /** Every deadline matching the filter (for exports and feeds), at most {@code max}. */
    @Transactional
    public List<DeadlineView> all(Filter f, int max, Locale locale) {
        List<Deadline> found = query(f, PageRequest.of(0, max, "dueOn", SORTS, "dueOn,asc", max));
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = time.today();
        return found.stream().map(d -> view(d, calendar, today, locale)).toList();
    }

    private List<Deadline> query(Filter f, PageRequest paging) {
        Parameters params = new Parameters();
        String where = where(f, params);
        String order = " order by " + paging.sortProperty() + (paging.ascending() ? " asc" : " desc") + ", d.id";
        // the unit, plan, task and schedule each row shows come in the same query, not one query per row
        var q = em.createQuery("select d from Deadline d join fetch d.unit u join fetch d.plan p left join fetch d.task"
                + " left join fetch d.schedule where " + where + order, Deadline.class);
        params.map().forEach(q::setParameter);
        return q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    private long count(Filter f) {
        Parameters params = new Parameters();
        String where = where(f, params);
        var q = em.createQuery("select count(d) from Deadline d join d.unit u join d.plan p where " + where, Long.class);
        params.map().forEach(q::setParameter);
        return q.getSingleResult();
    }

    private String where(Filter f, Parameters params) {
        StringBuilder where = new StringBuilder(plans.visibleCondition(params));
        Unit unit;
        if (f.unitId() != null) {
            unit = units.find(f.unitId()).orElseThrow(() -> ProblemException.notFound("unit", f.unitId()));
            if (!unitInScope(unit)) {
                throw ProblemException.notFound("unit", f.unitId());
            }
        } else {
            unit = policy.visibility().everything() ? null : defaultUnit();
            if (unit == null && !policy.visibility().everything()) {
                return "1 = 0";
            }
        }
        if (unit != null) {
            if (f.subtree()) {
                where.append(" and u.path like :upath");
                params.and("upath", unit.path + "%");
            } else {
                where.append(" and u.id = :uid");
                params.and("uid", unit.id);
            }
        }
        Visibility v = policy.visibility();
        if (!v.everything() && v.subtreePath() != null) {
            where.append(" and u.path like :scope");
            params.and("scope", v.subtreePath() + "%");
        }
        if (f.kind() != null) {
            where.append(" and d.kind = :kind");
            params.and("kind", f.kind());
        }
        if (f.planId() != null) {
            where.append(" and p.id = :planId");
            params.and("planId", f.planId());
        }
        if (f.from() != null) {
            where.append(" and d.dueOn >= :from");
            params.and("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and d.dueOn <= :to");
            params.and("to", f.to());
        }
        if (f.state() == null) {
            // a closed plan's open obligations are cancelled: listed only when asked for
            where.append(" and (d.metOn is not null or p.status <> :closed)");
            params.and("closed", PlanStatus.CLOSED);
        } else {
            LocalDate today = time.today();
            switch (f.state()) {
                case OVERDUE -> where.append(" and d.metOn is null and p.status <> :closed and d.dueOn < :today");
                case DUE_SOON -> where.append(" and d.metOn is null and p.status <> :closed and d.dueOn >= :today and d.dueOn <= :soon");
                case OPEN -> where.append(" and d.metOn is null and p.status <> :closed and d.dueOn > :soon");
                case MET_ON_TIME -> where.append(" and d.metOn is not null and d.metOn <= d.dueOn");
                case MET_LATE -> where.append(" and d.metOn is not null and d.metOn > d.dueOn");
                case CANCELLED -> where.append(" and d.metOn is null and p.status = :closed");
            }
            if (f.state() != DeadlineState.MET_ON_TIME && f.state() != DeadlineState.MET_LATE) {
                params.and("closed", PlanStatus.CLOSED);
            }
            if (f.state() == DeadlineState.OVERDUE || f.state() == DeadlineState.DUE_SOON) {
                params.and("today", today);
            }
            if (f.state() == DeadlineState.DUE_SOON || f.state() == DeadlineState.OPEN) {
                params.and("soon", soonBound(calendars.calendar(), today));
            }
        }
        return where.toString();
    }

    /** The last date that is at most the lead time (in working days) away from today. */
    LocalDate soonBound(WorkingCalendar calendar, LocalDate today) {
        return calendar.addWorkingDays(today, leadWorkingDays + 1).minusDays(1);
    }

    public DeadlineState state(Deadline d, WorkingCalendar calendar, LocalDate today) {
        if (d.metOn != null) {
            return d.metOn.isAfter(d.dueOn) ? DeadlineState.MET_LATE : DeadlineState.MET_ON_TIME;
        }
        if (d.plan.status == PlanStatus.CLOSED) {
            return DeadlineState.CANCELLED;
        }
        if (d.dueOn.isBefore(today)) {
            return DeadlineState.OVERDUE;
        }
        return d.dueOn.isAfter(soonBound(calendar, today)) ? DeadlineState.OPEN : DeadlineState.DUE_SOON;
    }

    public int leadWorkingDays() {
        return leadWorkingDays;
    }

    DeadlineView view(Deadline d, WorkingCalendar calendar, LocalDate today, Locale locale) {
        DeadlineState state = state(d, calendar, today);
        Integer left = d.metOn != null || state == DeadlineState.CANCELLED ? null : calendar.countWorkingDays(today, d.dueOn);
        PeriodView period = d.periodKey == null ? null
                : new PeriodView(d.periodKey, Periods.label(d.periodKey, locale), d.periodStart, d.periodEnd, d.dueOn,
                        calendar.isWorkingDay(d.dueOn), note(d.dueNote, locale));
        List<String> warnings = new ArrayList<>();
        LocalDate from = d.periodStart != null && d.kind == DeadlineKind.IMPLEMENTING_PLAN ? d.periodStart : d.dueOn;
        calendar.missingYears(from, d.dueOn).forEach(y -> warnings.add(Messages.get(locale, "deadline.warning.calendar-missing", String.valueOf(y))));
        calendar.provisionalYears(from, d.dueOn).forEach(y -> warnings.add(Messages.get(locale, "deadline.warning.calendar-provisional", String.valueOf(y))));
        return new DeadlineView(d.id, d.kind, UnitRef.of(d.unit), PlanRef.of(d.plan),
                d.task == null ? null : TaskService.ref(d.task),
                d.schedule == null ? null : new ScheduleRef(d.schedule.id, d.schedule.name), period, d.dueOn,
                calendar.isWorkingDay(d.dueOn), note(d.dueNote, locale), state, left, d.metOn, d.metRef, d.output,
                mayComplete(d), warnings);
    }

    /** Renders a stored note such as "CLAMPED:31:2026-06". */
    static String note(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        String[] p = code.split(":");
        if (p[0].equals("CLAMPED") && p.length == 3) {
            java.time.YearMonth m = java.time.YearMonth.parse(p[2]);
            return Messages.get(locale, "deadline.note.clamped", p[1], m.getMonthValue() + "/" + m.getYear(),
                    m.atEndOfMonth().getDayOfMonth() + "/" + String.format("%02d", m.getMonthValue()) + "/" + m.getYear());
        }
        return code;
    }

    /** For the calendar feed: a unit's deadlines (and its subtree's), with no caller. */
    @Transactional
    public List<DeadlineView> forFeed(Unit unit, boolean subtree, Locale locale) {
        // issued plans' deadlines, and what closed plans' obligations were met (the others are cancelled)
        String live = "plan.status <> ?2 and (plan.status <> ?3 or metOn is not null)";
        List<Deadline> found = subtree
                ? Deadline.list("unit.path like ?1 and " + live + " order by dueOn, id", unit.path + "%", PlanStatus.DRAFT, PlanStatus.CLOSED)
                : Deadline.list("unit = ?1 and " + live + " order by dueOn, id", unit, PlanStatus.DRAFT, PlanStatus.CLOSED);
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = time.today();
        return found.stream().limit(5000).map(d -> view(d, calendar, today, locale)).toList();
    }

    /** For reminders: the deadlines of issued plans that are not met, due on or after {@code from}. */
    List<Deadline> unmetSince(LocalDate from) {
        return Deadline.list("metOn is null and dueOn >= ?1 and plan.status = ?2", from, PlanStatus.ISSUED);
    }
}
