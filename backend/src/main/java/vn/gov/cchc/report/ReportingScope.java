package vn.gov.cchc.report;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.Periods;
import vn.gov.cchc.deadline.ReportSchedule;
import vn.gov.cchc.deadline.ScheduleService;
import vn.gov.cchc.plan.Plan;

/** The schedule and period a rates or consolidation request is about, read through the schedules' service. */
@ApplicationScoped
public class ReportingScope {

    @Inject
    ScheduleService schedules;

    /** The schedule asked for (the plan's first when none is given); another plan's or an invisible one answers 404. */
    ReportSchedule schedule(Plan plan, Long scheduleId) {
        if (scheduleId == null) {
            List<ReportSchedule> all = schedules.schedulesOf(plan);
            if (all.isEmpty()) {
                throw ProblemException.invalidField("scheduleId", "reporting.no-schedule");
            }
            return all.get(0);
        }
        ReportSchedule s;
        try {
            s = schedules.visible(scheduleId);
        } catch (ProblemException e) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "scheduleId", "error.not-found.schedule", scheduleId);
        }
        if (!s.plan.id.equals(plan.id)) {
            throw ProblemException.invalidField("scheduleId", "report.schedule.unknown", scheduleId);
        }
        return s;
    }

    List<ReportSchedule> schedulesOf(Plan plan) {
        return schedules.schedulesOf(plan);
    }

    static Periods.Occurrence occurrence(ReportSchedule s, String periodKey, WorkingCalendar calendar) {
        if (periodKey == null || periodKey.isBlank()) {
            throw ProblemException.invalidField("period", "reporting.period.required");
        }
        return Periods.of(s, s.plan.year, calendar).stream().filter(o -> o.key().equals(periodKey)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("period", "report.period.outside", periodKey, s.plan.year));
    }

    static PeriodView period(Periods.Occurrence o, WorkingCalendar calendar, Locale locale) {
        return new PeriodView(o.key(), Periods.label(o.key(), locale), o.start(), o.end(), o.due(),
                calendar.isWorkingDay(o.due()), null);
    }
}
