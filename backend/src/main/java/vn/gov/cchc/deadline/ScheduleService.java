package vn.gov.cchc.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleInput;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleView;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.ReportRouting;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitService;

/** A plan's report schedules: drafted with the plan, kept up to date by its coordinators after issue. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    PlanService plans;

    @Inject
    UnitService units;

    @Inject
    CalendarService calendars;

    @Inject
    DeadlineService deadlines;

    @Inject
    AccessPolicy policy;

    @Inject
    ReportRouting routing;

    @Transactional
    public List<ScheduleView> list(long planId, Locale locale) {
        Plan plan = plans.visible(planId);
        WorkingCalendar calendar = calendars.calendar();
        return ReportSchedule.<ReportSchedule>list("plan", Sort.by("position").and("id"), plan).stream()
                .map(s -> view(s, calendar, locale)).toList();
    }

    @Transactional
    public ScheduleView create(long planId, ScheduleInput in, Locale locale) {
        Plan plan = writable(plans.visible(planId));
        ReportSchedule s = new ReportSchedule();
        s.plan = plan;
        s.position = (int) ReportSchedule.count("plan", plan);
        apply(s, in, plan);
        s.persist();
        ReportSchedule.getEntityManager().flush();
        deadlines.reconcile(plan);
        return view(s, calendars.calendar(), locale);
    }

    /** For data loading, without a caller: adds a schedule and derives the deadlines it makes. */
    @Transactional
    public void load(long planId, ScheduleInput in) {
        Plan plan = plans.find(planId);
        ReportSchedule s = new ReportSchedule();
        s.plan = plan;
        s.position = (int) ReportSchedule.count("plan", plan);
        apply(s, in, plan);
        s.persist();
        ReportSchedule.getEntityManager().flush();
        deadlines.reconcile(plan);
    }

    @Transactional
    public ScheduleView update(long id, String ifMatch, ScheduleInput in, Locale locale) {
        ReportSchedule s = visible(id);
        writable(s.plan);
        Etags.requireMatch(ifMatch, s.version);
        apply(s, in, s.plan);
        s.updatedAt = Instant.now();
        ReportSchedule.getEntityManager().flush();
        deadlines.reconcile(s.plan);
        return view(s, calendars.calendar(), locale);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        ReportSchedule s = visible(id);
        Plan plan = writable(s.plan);
        Etags.checkMatch(ifMatch, s.version);
        if (Deadline.count("schedule = ?1 and metOn is not null", s) > 0) {
            throw ProblemException.invalidState(List.of(), "schedule.delete.reports-sent");
        }
        Deadline.delete("schedule", s);
        s.delete();
        ReportSchedule.getEntityManager().flush();
        deadlines.reconcile(plan);
    }

    @Transactional
    public ScheduleView read(long id, Locale locale) {
        return view(visible(id), calendars.calendar(), locale);
    }

    /** The schedule if the caller may see its plan; otherwise 404. */
    public ReportSchedule visible(long id) {
        ReportSchedule s = ReportSchedule.findById(id);
        if (s == null) {
            throw ProblemException.notFound("schedule", id);
        }
        try {
            plans.visible(s.plan.id);
        } catch (ProblemException e) {
            throw ProblemException.notFound("schedule", id);
        }
        return s;
    }

    private Plan writable(Plan plan) {
        if (!policy.mayWriteFor(plan.issuingUnit)) {
            throw ProblemException.forbidden("plan.forbidden.write");
        }
        if (plan.status == PlanStatus.CLOSED) {
            throw ProblemException.invalidState(List.of(), "schedule.plan-closed");
        }
        return plan;
    }

    private void apply(ReportSchedule s, ScheduleInput in, Plan plan) {
        s.name = in.name().strip();
        s.periodType = in.periodType();
        s.dueRule = in.dueRule();
        s.cutoff = in.cutoff() == null ? Cutoff.CALENDAR : in.cutoff();
        List<Integer> periods = in.periods() == null ? List.of() : in.periods();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i) > in.periodType().perYear()) {
                throw ProblemException.invalidField("periods[" + i + "]", "schedule.period.range",
                        in.periodType().perYear());
            }
        }
        s.periodList(periods);
        s.dueDay = null;
        s.dueWorkingDays = null;
        s.dueDate = null;
        switch (in.dueRule()) {
            case DAY_OF_LAST_MONTH, DAY_OF_NEXT_MONTH -> {
                if (in.dueDay() == null) {
                    throw ProblemException.invalidField("dueDay", "schedule.due-day.required");
                }
                s.dueDay = in.dueDay();
            }
            case WORKING_DAYS_AFTER -> {
                if (in.dueWorkingDays() == null) {
                    throw ProblemException.invalidField("dueWorkingDays", "schedule.due-working-days.required");
                }
                s.dueWorkingDays = in.dueWorkingDays();
            }
            case FIXED_DATE -> {
                if (in.dueDate() == null && in.periodType() != PeriodType.ON_REQUEST) {
                    throw ProblemException.invalidField("dueDate", "schedule.due-date.required");
                }
                int count = periods.isEmpty() ? in.periodType().perYear() : periods.size();
                if (in.periodType() != PeriodType.ON_REQUEST && count > 1) {
                    throw ProblemException.invalidField("dueRule", "schedule.fixed-date.one-period");
                }
                if (in.dueDate() != null && Math.abs(in.dueDate().getYear() - plan.year) > 1) {
                    throw ProblemException.invalidField("dueDate", "schedule.due-date.year", plan.year);
                }
                // on request without a date: no deadline until someone asks, with a date
                s.dueDate = in.dueDate();
            }
        }
        if (in.receivingUnitId() == null) {
            s.receivingUnit = units.coordinatorFor(plan.issuingUnit);
        } else {
            Unit receiver = units.find(in.receivingUnitId()).orElseThrow(() -> ProblemException
                    .invalidField("receivingUnitId", "plan.unit.unknown", in.receivingUnitId()));
            if (!routing.mayReceive(plan.issuingUnit, receiver)) {
                throw ProblemException.invalidField("receivingUnitId", "schedule.receiver.outside", receiver.name,
                        plan.issuingUnit.name);
            }
            s.receivingUnit = receiver;
        }
    }

    ScheduleView view(ReportSchedule s, WorkingCalendar calendar, Locale locale) {
        List<PeriodView> occurrences = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Periods.Occurrence o : Periods.of(s, s.plan.year, calendar)) {
            occurrences.add(new PeriodView(o.key(), Periods.label(o.key(), locale), o.start(), o.end(), o.due(),
                    calendar.isWorkingDay(o.due()), DeadlineQueries.note(o.dueNote(), locale)));
            calendar.missingYears(o.due(), o.due()).forEach(y -> {
                String w = Messages.get(locale, "deadline.warning.calendar-missing", String.valueOf(y));
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            });
        }
        boolean editable = policy.mayWriteFor(s.plan.issuingUnit) && s.plan.status != PlanStatus.CLOSED;
        return new ScheduleView(s.id, s.plan.id, s.name, s.periodType, s.periodList(), s.dueRule, s.dueDay,
                s.dueWorkingDays, s.dueDate, s.cutoff, UnitRef.of(s.receivingUnit), s.version, occurrences, warnings,
                editable);
    }

    /** The ids of the schedules whose receiving unit lies in the subtree of {@code path} (a unit's path). */
    public List<Long> receivedWithin(String path) {
        return ReportSchedule.getEntityManager()
                .createQuery("select s.id from ReportSchedule s where s.receivingUnit.path like :path", Long.class)
                .setParameter("path", path + "%").getResultList();
    }

    /** A plan's schedules in their order (the caller has already been allowed to see the plan). */
    public List<ReportSchedule> schedulesOf(Plan plan) {
        return ReportSchedule.list("plan", Sort.by("position").and("id"), plan);
    }
}
