package vn.gov.cchc.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.cchc.calendar.DayKind;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.task.importing.TimeframeKind;

/** Periods, due rules and cut-offs as plain arithmetic: no Quarkus, no database. */
class PeriodsTest {

    static final WorkingCalendar WEEKENDS_ONLY = new WorkingCalendar(Map.of(), Set.of(2026), Set.of());

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static ReportSchedule schedule(PeriodType type, DueRule rule, Integer day, Integer workingDays, LocalDate date,
            Cutoff cutoff, List<Integer> periods) {
        ReportSchedule s = new ReportSchedule();
        s.periodType = type;
        s.dueRule = rule;
        s.dueDay = day;
        s.dueWorkingDays = workingDays;
        s.dueDate = date;
        s.cutoff = cutoff;
        s.periodList(periods);
        return s;
    }

    private static List<String> keys(List<Periods.Occurrence> os) {
        return os.stream().map(Periods.Occurrence::key).toList();
    }

    @Test
    void periodTypesCoverTheYear() {
        for (PeriodType t : PeriodType.values()) {
            if (t != PeriodType.ON_REQUEST) {
                assertEquals(12, t.perYear() * t.months(), t.name());
            }
        }
        assertEquals(1, PeriodType.ON_REQUEST.perYear());
    }

    @Test
    void quarterlyOnTheTenthOfTheQuartersLastMonth() {
        var os = Periods.of(schedule(PeriodType.QUARTER, DueRule.DAY_OF_LAST_MONTH, 10, null, null, Cutoff.CALENDAR, List.of()),
                2026, WEEKENDS_ONLY);
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), keys(os));
        assertEquals(List.of(d(2026, 3, 10), d(2026, 6, 10), d(2026, 9, 10), d(2026, 12, 10)),
                os.stream().map(Periods.Occurrence::due).toList());
        assertEquals(d(2026, 4, 1), os.get(1).start());
        assertEquals(d(2026, 6, 30), os.get(1).end());
        assertNull(os.get(0).dueNote());
    }

    @Test
    void halfYearByTheTenthOfTheNextMonthOnlyTheChosenPeriods() {
        var os = Periods.of(schedule(PeriodType.HALF_YEAR, DueRule.DAY_OF_NEXT_MONTH, 10, null, null, Cutoff.CALENDAR, List.of(1)),
                2026, WEEKENDS_ONLY);
        assertEquals(List.of("2026-H1"), keys(os));
        assertEquals(d(2026, 7, 10), os.get(0).due());
        // the year's report of Q4 falls in the next year
        var year = Periods.of(schedule(PeriodType.YEAR, DueRule.DAY_OF_NEXT_MONTH, 15, null, null, Cutoff.CALENDAR, List.of()),
                2026, WEEKENDS_ONLY);
        assertEquals(d(2027, 1, 15), year.get(0).due());
        assertEquals("2026-Y", year.get(0).key());
    }

    @Test
    void aDayTheMonthDoesNotHaveIsItsLastDayAndSaysSo() {
        var os = Periods.of(schedule(PeriodType.MONTH, DueRule.DAY_OF_LAST_MONTH, 31, null, null, Cutoff.CALENDAR, List.of(2, 6, 7)),
                2026, WEEKENDS_ONLY);
        assertEquals(List.of("2026-M02", "2026-M06", "2026-M07"), keys(os));
        assertEquals(d(2026, 2, 28), os.get(0).due());
        assertEquals("CLAMPED:31:2026-02", os.get(0).dueNote());
        assertEquals(d(2026, 6, 30), os.get(1).due());
        assertEquals(d(2026, 7, 31), os.get(2).due());
        assertNull(os.get(2).dueNote());
        assertEquals("Tháng 6/2026 không có ngày 31: hạn là ngày cuối tháng, 30/06/2026.",
                DeadlineQueries.note(os.get(1).dueNote(), Messages.VI), "the note as shown");
    }

    @Test
    void workingDaysAfterThePeriodCloses() {
        var os = Periods.of(schedule(PeriodType.QUARTER, DueRule.WORKING_DAYS_AFTER, null, 5, null, Cutoff.CALENDAR, List.of(1)),
                2026, WEEKENDS_ONLY);
        // Tuesday 31/03/2026 + 5 working days
        assertEquals(d(2026, 4, 7), os.get(0).due());
        WorkingCalendar withHoliday = new WorkingCalendar(Map.of(d(2026, 4, 1), DayKind.HOLIDAY), Set.of(2026), Set.of());
        var moved = Periods.of(schedule(PeriodType.QUARTER, DueRule.WORKING_DAYS_AFTER, null, 5, null, Cutoff.CALENDAR, List.of(1)),
                2026, withHoliday);
        assertEquals(d(2026, 4, 8), moved.get(0).due());
    }

    @Test
    void decree09CoversFromThe15thOfTheMonthBeforeToThe14thOfTheLastMonth() {
        var os = Periods.of(schedule(PeriodType.QUARTER, DueRule.DAY_OF_LAST_MONTH, 20, null, null, Cutoff.DECREE_09, List.of(1, 4)),
                2026, WEEKENDS_ONLY);
        assertEquals(d(2025, 12, 15), os.get(0).start());
        assertEquals(d(2026, 3, 14), os.get(0).end());
        assertEquals(d(2026, 9, 15), os.get(1).start());
        assertEquals(d(2026, 12, 14), os.get(1).end());
        assertEquals(d(2026, 12, 20), os.get(1).due());
    }

    @Test
    void onRequestMakesADeadlineOnlyForAFixedDate() {
        assertEquals(List.of(), Periods.of(schedule(PeriodType.ON_REQUEST, DueRule.DAY_OF_LAST_MONTH, 10, null, null,
                Cutoff.CALENDAR, List.of()), 2026, WEEKENDS_ONLY));
        var os = Periods.of(schedule(PeriodType.ON_REQUEST, DueRule.FIXED_DATE, null, null, d(2026, 11, 20), Cutoff.CALENDAR,
                List.of()), 2026, WEEKENDS_ONLY);
        assertEquals(List.of("2026-REQ"), keys(os));
        assertEquals(d(2026, 11, 20), os.get(0).due());
        assertEquals(d(2026, 11, 20), os.get(0).end());
        var fixed = Periods.of(schedule(PeriodType.YEAR, DueRule.FIXED_DATE, null, null, d(2026, 12, 15), Cutoff.CALENDAR,
                List.of()), 2026, WEEKENDS_ONLY);
        assertEquals(d(2026, 12, 15), fixed.get(0).due());
    }

    @Test
    void aTasksTimeframeMakesItsDueDates() {
        var monthly = Periods.ofTask(TimeframeKind.MONTHLY, List.of(), d(2026, 3, 15), d(2026, 5, 31), 2026);
        assertEquals(List.of("M03-2026", "M04-2026", "M05-2026"), keys(monthly));
        assertEquals(d(2026, 4, 30), monthly.get(1).due());
        var quarters = Periods.ofTask(TimeframeKind.QUARTERS, List.of(2, 3), null, null, 2026);
        assertEquals(List.of("Q2-2026", "Q3-2026"), keys(quarters));
        assertEquals(List.of(d(2026, 6, 30), d(2026, 9, 30)), quarters.stream().map(Periods.Occurrence::due).toList());
        assertEquals(4, Periods.ofTask(TimeframeKind.QUARTERLY, null, null, null, 2026).size());
        assertEquals(d(2026, 12, 31), Periods.ofTask(TimeframeKind.WHOLE_YEAR, null, null, null, 2026).get(0).due());
        assertEquals(d(2026, 6, 30), Periods.ofTask(TimeframeKind.DATE, null, null, d(2026, 6, 30), 2026).get(0).due());
        assertEquals(List.of(), Periods.ofTask(TimeframeKind.ONGOING, null, null, null, 2026));
        assertEquals(List.of(), Periods.ofTask(TimeframeKind.UNSPECIFIED, null, null, null, 2026));
    }

    @Test
    void labelsAsPeopleWriteThem() {
        assertEquals("Quý I/2026", Periods.label("2026-Q1", Messages.VI));
        assertEquals("Q1 2026", Periods.label("2026-Q1", Messages.EN));
        assertEquals("6 tháng đầu năm 2026", Periods.label("2026-H1", Messages.VI));
        assertEquals("Second half of 2026", Periods.label("2026-H2", Messages.EN));
        assertEquals("Tháng 3/2026", Periods.label("2026-M03", Messages.VI));
        assertEquals("March 2026", Periods.label("M03-2026", Messages.EN));
        assertEquals("Quý IV/2026", Periods.label("Q4-2026", Messages.VI));
        assertEquals("Năm 2026", Periods.label("2026-Y", Messages.VI));
        assertEquals("Theo yêu cầu (2026)", Periods.label("2026-REQ", Messages.VI));
        assertEquals("Cả năm", Periods.label("Y", Messages.VI));
        assertEquals("By the due date", Periods.label("D", Messages.EN));
        assertNull(Periods.label(null, Messages.VI));
    }
}
