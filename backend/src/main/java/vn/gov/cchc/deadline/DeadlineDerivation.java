package vn.gov.cchc.deadline;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import vn.gov.cchc.calendar.CalendarChanged;
import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanEvents;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.task.AssignmentRole;
import vn.gov.cchc.task.Task;
import vn.gov.cchc.task.TaskService;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitCreated;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/**
 * Derives every obligation an issued plan creates: each assigned unit's implementing plan, each report of
 * each schedule period, each due date of each task. Runs when a plan is issued and again whenever something
 * it depends on changes (schedules, the unit tree, the calendar); what a unit did to meet one is kept across
 * derivations. Nothing here looks at the caller.
 */
@ApplicationScoped
public class DeadlineDerivation {

    private static final Logger LOG = Logger.getLogger(DeadlineDerivation.class);

    /** Units that issue plans of their own (departments and communes; not divisions or mass organisations). */
    static final Set<UnitKind> PLAN_ISSUERS = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.PUBLIC_SERVICE_UNIT,
            UnitKind.MEDIA, UnitKind.COMMUNE);

    @Inject
    CalendarService calendars;

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    UnitService units;

    @Inject
    EntityManager em;

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
        java.util.Set<Long> joined = new java.util.HashSet<>(event.unitIds());
        java.util.Set<Long> ancestors = new java.util.LinkedHashSet<>();
        for (Long id : joined) {
            ancestors.addAll(units.get(id).ancestorIds());
        }
        List<Plan> above = new ArrayList<>();
        for (Long ancestor : ancestors) {
            above.addAll(plans.issuedBy(ancestor));
        }
        // a unit that joins the tree is reached only through group assignments: the other plans cannot change
        java.util.Set<Long> reaching = tasks.plansAssigningGroups(above.stream().map(p -> p.id).toList());
        WorkingCalendar calendar = null;
        for (Plan p : above) {
            if (reaching.contains(p.id)) {
                calendar = calendar == null ? calendars.calendar() : calendar;
                // only the new units' obligations: the other units' cannot change, and a province's plans hold thousands
                reconcile(p, calendar, joined);
            }
        }
    }

    /** Derives again the deadlines of every issued plan (after a calendar change). */
    @Transactional
    public void reconcileAll() {
        WorkingCalendar calendar = calendars.calendar();
        for (Plan p : plans.issued()) {
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
        reconcile(plan, calendar, null);
    }

    /**
     * Derives the plan's deadlines again and brings the table in step: new obligations inserted, changed due dates
     * updated, open ones no longer expected removed. With {@code onlyUnits}, only those units' obligations are derived
     * and compared (units that have just joined the tree).
     */
    @Transactional
    void reconcile(Plan plan, WorkingCalendar calendar, java.util.Set<Long> onlyUnits) {
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
        if (onlyUnits != null) {
            assigned.keySet().removeIf(u -> !onlyUnits.contains(u.id));
            if (assigned.isEmpty()) {
                return;
            }
        }

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
                    String key = DeadlineService.reportKey(s.id, o.key(), u.id);
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
                if (role != AssignmentRole.LEAD || (onlyUnits != null && !onlyUnits.contains(u.id))) {
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
        List<Deadline> current = onlyUnits == null ? Deadline.list("plan", plan)
                : Deadline.list("plan = ?1 and unit.id in ?2", plan, onlyUnits);
        for (Deadline d : current) {
            existing.put(d.naturalKey, d);
        }
        int removed = 0;
        List<Expected> fresh = new ArrayList<>();
        for (Expected e : expected.values()) {
            Deadline d = existing.remove(e.key());
            if (d == null) {
                fresh.add(e);
                continue;
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
        }
        for (Deadline gone : existing.values()) {
            if (gone.metOn == null) {
                gone.delete();
                removed++;
            }
        }
        em.flush();
        insert(plan, fresh);
        int added = fresh.size();
        // implementing plans issued before this derivation (a unit new to the tree has issued none)
        if (onlyUnits == null) {
            for (Plan child : plans.issuedChildren(plan)) {
                meetImplementingPlan(child);
            }
        }
        LOG.debugf("Deadlines of plan %d: %d expected, %d added, %d removed", plan.id, expected.size(), added, removed);
    }

    private static final String INSERT = "insert into deadline (plan_id, kind, unit_id, province_id, task_id, schedule_id,"
            + " period_key, period_start, period_end, natural_key, due_on, due_note) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int ROWS_PER_STATEMENT = 500;

    /**
     * Inserts new obligations many rows per statement: a group assignment ("UBND cấp xã") gives each of a province's
     * communes dozens of deadlines per plan, thousands in all, and one INSERT each (an IDENTITY key is fetched row by
     * row) made loading a province's communes take half a minute. created_at, updated_at and version take the
     * column defaults.
     */
    private void insert(Plan plan, List<Expected> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, Long> provinces = units.provinceIds(rows.stream().map(Expected::unit).distinct().toList());
        em.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<Expected> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                String sql = INSERT + String.join(", ", java.util.Collections.nCopies(chunk.size(), ROW));
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    int i = 0;
                    for (Expected e : chunk) {
                        boolean report = e.kind() == DeadlineKind.REPORT || e.kind() == DeadlineKind.TASK;
                        ps.setLong(++i, plan.id);
                        ps.setString(++i, e.kind().name());
                        ps.setLong(++i, e.unit().id);
                        setId(ps, ++i, provinces.get(e.unit().id));
                        setId(ps, ++i, e.task() == null ? null : e.task().id);
                        setId(ps, ++i, e.schedule() == null ? null : e.schedule().id);
                        ps.setString(++i, report ? e.period().key() : null);
                        setDate(ps, ++i, e.period().start());
                        setDate(ps, ++i, e.period().end());
                        ps.setString(++i, e.key());
                        setDate(ps, ++i, e.period().due());
                        ps.setString(++i, e.period().dueNote());
                    }
                    ps.executeUpdate();
                }
            }
        });
    }

    private static void setId(PreparedStatement ps, int index, Long id) throws SQLException {
        if (id == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, id);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
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
}
