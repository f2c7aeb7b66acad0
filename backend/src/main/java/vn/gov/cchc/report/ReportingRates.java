package vn.gov.cchc.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.deadline.Deadline;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.Periods;
import vn.gov.cchc.deadline.ReportSchedule;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.report.ReportingDtos.PeriodRate;
import vn.gov.cchc.report.ReportingDtos.Rates;
import vn.gov.cchc.report.ReportingDtos.Totals;
import vn.gov.cchc.report.ReportingDtos.UnitRate;
import vn.gov.cchc.report.ReportingDtos.UnitRates;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.ReportAccess;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitService;

/** Who has reported for a period, and on time: for a plan across its units, and for a unit across its periods. */
@ApplicationScoped
public class ReportingRates {

    @Inject
    PlanService plans;

    @Inject
    ReportingScope scope;

    @Inject
    DeadlineService deadlines;

    @Inject
    UnitService units;

    @Inject
    CalendarService calendars;

    @Inject
    TimeService time;

    @Inject
    AccessPolicy policy;

    @Inject
    ReportAccess access;

    /** The rates of a plan's period, for those who monitor it (Sở Nội vụ of the receiving province, the issuer). */
    @Transactional
    public Rates rates(long planId, Long scheduleId, String periodKey, Locale locale) {
        Plan plan = plans.visible(planId);
        ReportSchedule s = scope.schedule(plan, scheduleId);
        if (!access.mayMonitor(plan.issuingUnit, s.receivingUnit)) {
            throw ProblemException.forbidden("reporting.forbidden");
        }
        return compute(plan, s, periodKey, null, locale);
    }

    /**
     * The rates limited to {@code unitIds} (null for all), for a caller already allowed to see them: a
     * lead department's consolidation documents show only the units of the tasks it leads.
     */
    Rates compute(Plan plan, ReportSchedule s, String periodKey, Set<Long> unitIds, Locale locale) {
        WorkingCalendar calendar = calendars.calendar();
        Periods.Occurrence o = ReportingScope.occurrence(s, periodKey, calendar);
        LocalDate today = time.today();
        Map<Long, Report> byUnit = new HashMap<>();
        Report.<Report>list("schedule = ?1 and periodKey = ?2", s, o.key()).forEach(r -> byUnit.put(r.unit.id, r));
        List<UnitRate> rows = new ArrayList<>();
        for (Deadline d : deadlines.reportDeadlines(s.id, o.key())) {
            if (unitIds == null || unitIds.contains(d.unit.id)) {
                rows.add(rate(d, byUnit.get(d.unit.id), today));
            }
        }
        List<UnitRef> missing = rows.stream().filter(r -> !r.sent()).map(UnitRate::unit).toList();
        return new Rates(PlanRef.of(plan), new ScheduleRef(s.id, s.name), ReportingScope.period(o, calendar, locale),
                totals(rows), rows, missing);
    }

    static UnitRate rate(Deadline d, Report r, LocalDate today) {
        boolean sent = r != null && r.state.received();
        boolean onTime = sent && r.sentOn != null && !r.sentOn.isAfter(d.dueOn);
        return new UnitRate(UnitRef.of(d.unit), d.dueOn, r == null ? null : r.id, r == null ? null : r.state,
                r == null ? null : r.sentOn, sent, onTime, r != null && r.state == ReportState.ACCEPTED,
                !sent && d.dueOn.isBefore(today));
    }

    static Totals totals(List<UnitRate> rows) {
        int sent = (int) rows.stream().filter(UnitRate::sent).count();
        return new Totals(rows.size(), sent, (int) rows.stream().filter(UnitRate::onTime).count(),
                (int) rows.stream().filter(UnitRate::accepted).count(),
                (int) rows.stream().filter(r -> r.reportState() == ReportState.RETURNED).count(), rows.size() - sent);
    }

    /** A unit's reports over every period of a plan; the unit must lie in the caller's scope (404 otherwise). */
    @Transactional
    public UnitRates unitRates(long unitId, long planId, Locale locale) {
        Unit unit = units.find(unitId).orElseThrow(() -> ProblemException.notFound("unit", unitId));
        if (!policy.covers(unit)) {
            throw ProblemException.notFound("unit", unitId);
        }
        Plan plan = plans.visible(planId);
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = time.today();
        // every period's deadline in one query and the unit's reports in another (not two queries per period)
        List<ReportSchedule> schedules = scope.schedulesOf(plan);
        Map<ReportSchedule, List<Periods.Occurrence>> periods = new java.util.LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (ReportSchedule s : schedules) {
            periods.put(s, Periods.of(s, plan.year, calendar));
            periods.get(s).forEach(o -> keys.add(DeadlineService.reportKey(s.id, o.key(), unit.id)));
        }
        Map<String, Deadline> due = keys.isEmpty() ? Map.of() : deadlines.reportDeadlines(List.of(plan.id), keys);
        Map<String, Report> reports = new HashMap<>();
        if (!schedules.isEmpty()) {
            Report.<Report>list("schedule in ?1 and unit = ?2", schedules, unit)
                    .forEach(r -> reports.put(DeadlineService.reportKey(r.schedule.id, r.periodKey, unit.id), r));
        }
        List<PeriodRate> rows = new ArrayList<>();
        periods.forEach((s, occurrences) -> {
            for (Periods.Occurrence o : occurrences) {
                String key = DeadlineService.reportKey(s.id, o.key(), unit.id);
                Deadline d = due.get(key);
                if (d != null) {
                    rows.add(new PeriodRate(new ScheduleRef(s.id, s.name), ReportingScope.period(o, calendar, locale),
                            rate(d, reports.get(key), today)));
                }
            }
        });
        return new UnitRates(UnitRef.of(unit), PlanRef.of(plan), totals(rows.stream().map(PeriodRate::rate).toList()),
                rows);
    }
}
