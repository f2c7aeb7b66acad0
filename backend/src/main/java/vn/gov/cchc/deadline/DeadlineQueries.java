package vn.gov.cchc.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Parameters;
import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ReadOnlySession;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlinePage;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;
import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.Visibility;
import vn.gov.cchc.task.TaskService;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/**
 * Reads deadlines: lists and pages within what the caller may see, each with its state over the working
 * calendar (OPEN, DUE_SOON, OVERDUE, MET_ON_TIME, MET_LATE, CANCELLED); the feed's and the reminders' reads,
 * which have no caller; the report deadlines reports look up.
 */
@ApplicationScoped
public class DeadlineQueries {

    /**
     * Pages count their matches up to this many (a plan's, all of them); beyond, the total is a lower bound
     * ({@code totalExact} false).
     */
    static final int COUNT_CAP = 1000;

    /** Deadlines an export loads and views at a time. */
    private static final int EXPORT_CHUNK = 500;

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
    UnitService units;

    @Inject
    AccessPolicy policy;

    @Inject
    DeadlineCompletion completion;

    @Inject
    EntityManager em;

    @Transactional
    public DeadlineView read(long id, Locale locale) {
        return view(visible(id), calendars.calendar(), time.today(), locale);
    }

    /** The deadline if the caller may see its unit and plan; otherwise 404. */
    Deadline visible(long id) {
        Deadline d = Deadline.findById(id);
        if (d == null || !policy.covers(d.unit)) {
            throw ProblemException.notFound("deadline", id);
        }
        try {
            plans.visible(d.plan.id);
        } catch (ProblemException e) {
            throw ProblemException.notFound("deadline", id);
        }
        return d;
    }

    /** The unit deadlines are listed for when the caller names none: their scope's root (province for coordinators). */
    Unit defaultUnit() {
        return policy.scopeOrOwnUnit().orElse(null);
    }

    @Transactional
    public DeadlinePage list(DeadlineService.Filter f, PageRequest paging, Locale locale) {
        List<Deadline> found = query(f, paging);
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = time.today();
        List<DeadlineView> items = found.stream().map(d -> view(d, calendar, today, locale)).toList();
        long end = (long) paging.offset() + items.size();
        if (items.size() == paging.size() || items.isEmpty() && paging.offset() > 0) {
            // more may follow (or the page lies past the end): counted up to the cap
            long counted = count(f);
            if (counted > COUNT_CAP && f.planId() == null) {
                // a lower bound, stated as such: "more than 1,000"
                return new DeadlinePage(items, paging.page(), paging.size(), Math.max(COUNT_CAP, end), false);
            }
            return new DeadlinePage(items, paging.page(), paging.size(), counted, true);
        }
        // a short page is the last: its end is the total, no count needed
        return new DeadlinePage(items, paging.page(), paging.size(), end, true);
    }

    /** Every deadline matching the filter (for exports and feeds), at most {@code max}. */
    @Transactional
    public List<DeadlineView> all(DeadlineService.Filter f, int max, Locale locale) {
        List<Long> ids = ids(f, PageRequest.of(0, max, "dueOn", SORTS, "dueOn,asc", max));
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = time.today();
        // the rows by chunk, each dropped from the session once viewed: thousands of deadlines with their tasks'
        // texts held at once took the heap under parallel exports
        org.hibernate.Session session = ReadOnlySession.of(em);
        List<DeadlineView> views = new java.util.ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += EXPORT_CHUNK) {
            rows(ids.subList(from, Math.min(ids.size(), from + EXPORT_CHUNK)))
                    .forEach(d -> views.add(view(d, calendar, today, locale)));
            session.clear();
        }
        return views;
    }

    private List<Deadline> query(DeadlineService.Filter f, PageRequest paging) {
        return rows(ids(f, paging));
    }

    /** The page's ids, in its order. */
    private List<Long> ids(DeadlineService.Filter f, PageRequest paging) {
        Parameters params = new Parameters();
        String where = where(f, params);
        String order = " order by " + paging.sortProperty() + (paging.ascending() ? " asc" : " desc") + ", d.id";
        // the page's ids first, sorted and cut without reading the rows' texts: joined to every match, the plan's
        // section texts (tens of kB) were read once per matching deadline (0.85 s for a province's 23,264)
        var q = em.createQuery("select d.id from Deadline d join d.unit u join d.plan p where " + where + order, Long.class);
        params.map().forEach(q::setParameter);
        if (f.planId() == null && paging.sortProperty().equals("d.dueOn")) {
            // read in the index's order, the first matches are the page: MariaDB's own choice started from the issuers'
            // plans and sorted every match (75-110 ms for a province's 36,000 deadlines; 2.2 s for the country's
            // 830,000) where this takes under a millisecond. One plan's deadlines are better found by the plan.
            String index = params.map().containsKey("province") ? "ix_deadline_province_due"
                    : policy.visibility().everything() && f.unitId() == null ? "ix_deadline_due" : null;
            if (index != null) {
                q.unwrap(org.hibernate.query.Query.class).addQueryHint(index);
            }
        }
        return q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    /** These deadlines, in this order. */
    private List<Deadline> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // then those rows with the unit, task and schedule they show; their few plans load once each, by batch
        return PageRequest.inOrderOf(ids, em.createQuery("select d from Deadline d join fetch d.unit left join fetch d.task"
                + " left join fetch d.schedule where d.id in :ids", Deadline.class).setParameter("ids", ids).getResultList(), d -> d.id);
    }

    /**
     * The matches counted up to one more than {@link #COUNT_CAP}: counting a province's tens of thousands of
     * deadlines for every page cost more than the page itself (70 ms for 36,000; 18 ms up to 5,000, 4 ms up to 1,000).
     */
    private long count(DeadlineService.Filter f) {
        Parameters params = new Parameters();
        String where = where(f, params);
        if (f.planId() != null) {
            // one plan's deadlines are few enough to count exactly
            var q = em.createQuery("select count(d) from Deadline d join d.unit u join d.plan p where " + where, Long.class);
            params.map().forEach(q::setParameter);
            return q.getSingleResult();
        }
        var q = em.createQuery("select d.id from Deadline d join d.unit u join d.plan p where " + where, Long.class);
        params.map().forEach(q::setParameter);
        return q.setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    private String where(DeadlineService.Filter f, Parameters params) {
        StringBuilder where = new StringBuilder(plans.visibleCondition(params));
        Unit unit;
        if (f.unitId() != null) {
            unit = units.find(f.unitId()).orElseThrow(() -> ProblemException.notFound("unit", f.unitId()));
            if (!policy.covers(unit)) {
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
                // a province's whole subtree: one index range holds its deadlines in due-date order. (Below, a unit's
                // subtree is a sliver of its province's range: its own units' index finds it faster.)
                if (unit.kind == UnitKind.PROVINCE) {
                    where.append(" and d.provinceId = :province");
                    params.and("province", unit.id);
                }
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
                completion.mayComplete(d), warnings);
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
    /** The unmet deadlines of issued plans due from {@code from} to {@code to}, with their plan, unit and task, by due date. */
    List<Deadline> unmetBetween(LocalDate from, LocalDate to) {
        return Deadline.getEntityManager().createQuery("""
                select d from Deadline d join fetch d.plan p join fetch d.unit left join fetch d.task
                where d.metOn is null and d.dueOn >= ?1 and d.dueOn <= ?2 and p.status = ?3 order by d.dueOn, d.id""", Deadline.class)
                .setParameter(1, from).setParameter(2, to).setParameter(3, PlanStatus.ISSUED).getResultList();
    }

    /** The report deadline of a unit for a schedule's period, if the plan expects that report. */
    java.util.Optional<Deadline> reportDeadline(long planId, long scheduleId, String periodKey, long unitId) {
        return Deadline.find("plan.id = ?1 and naturalKey = ?2", planId, DeadlineService.reportKey(scheduleId, periodKey, unitId))
                .firstResultOptional();
    }

    /**
     * Several report deadlines in one query (for a page of reports), by {@link DeadlineService#reportKey}: plans
     * and keys are those of the reports; a key without a deadline is absent from the map.
     */
    java.util.Map<String, Deadline> reportDeadlines(java.util.Collection<Long> planIds,
            java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return java.util.Map.of();
        }
        return Deadline.<Deadline>list("plan.id in ?1 and naturalKey in ?2", planIds, keys).stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.naturalKey, d -> d, (a, b) -> a));
    }

    /** The report deadlines of a schedule's period (every unit expected to report). */
    List<Deadline> reportDeadlines(long scheduleId, String periodKey) {
        return Deadline.list("schedule.id = ?1 and periodKey = ?2 and kind = ?3 order by unit.path", scheduleId,
                periodKey, DeadlineKind.REPORT);
    }
}
