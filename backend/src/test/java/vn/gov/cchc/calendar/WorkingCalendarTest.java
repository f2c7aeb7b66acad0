package vn.gov.cchc.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic without Quarkus or a database: a 2026 calendar with Tết (Monday 16/02 to Friday
 * 20/02), a holiday on a Sunday, and Saturday 10/01 as the make-up day for Friday 02/01.
 */
class WorkingCalendarTest {

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static final WorkingCalendar CAL_2026;

    static {
        Map<LocalDate, DayKind> days = new HashMap<>();
        days.put(d(2026, 1, 1), DayKind.HOLIDAY);
        days.put(d(2026, 1, 2), DayKind.HOLIDAY);
        days.put(d(2026, 1, 10), DayKind.WORKING_DAY);
        for (int i = 16; i <= 20; i++) {
            days.put(d(2026, 2, i), DayKind.HOLIDAY);
        }
        days.put(d(2026, 9, 6), DayKind.HOLIDAY); // a Sunday: no change, it was a day off anyway
        CAL_2026 = new WorkingCalendar(days, Set.of(2026), Set.of(2027));
    }

    @Test
    void weekdaysWorkWeekendsDoNotUnlessTheCalendarSaysOtherwise() {
        assertTrue(CAL_2026.isWorkingDay(d(2026, 3, 2)));
        assertFalse(CAL_2026.isWorkingDay(d(2026, 3, 7)));
        assertFalse(CAL_2026.isWorkingDay(d(2026, 3, 8)));
        assertFalse(CAL_2026.isWorkingDay(d(2026, 2, 17)), "Tết");
        assertTrue(CAL_2026.isWorkingDay(d(2026, 1, 10)), "make-up Saturday");
        assertEquals(DayKind.WORKING_DAY, CAL_2026.override(d(2026, 1, 10)));
        assertNull(CAL_2026.override(d(2026, 1, 11)));
    }

    @Test
    void addingWorkingDaysDoesNotCountTheDayItself() {
        assertEquals(d(2026, 3, 2), CAL_2026.addWorkingDays(d(2026, 3, 2), 0));
        assertEquals(d(2026, 3, 3), CAL_2026.addWorkingDays(d(2026, 3, 2), 1));
        // Friday + 1 is Monday
        assertEquals(d(2026, 3, 9), CAL_2026.addWorkingDays(d(2026, 3, 6), 1));
        // 15 working days after Monday 02/03/2026
        assertEquals(d(2026, 3, 23), CAL_2026.addWorkingDays(d(2026, 3, 2), 15));
        // from Friday before Tết: the whole Tết week is skipped
        assertEquals(d(2026, 2, 23), CAL_2026.addWorkingDays(d(2026, 2, 13), 1));
        // Wednesday 31/12/2025 + 2: 01 and 02/01 are holidays, the make-up Saturday 10/01 counts
        assertEquals(d(2026, 1, 6), CAL_2026.addWorkingDays(d(2025, 12, 31), 2));
        assertEquals(d(2026, 1, 10), CAL_2026.addWorkingDays(d(2026, 1, 9), 1));
    }

    @Test
    void goingBackIsTheMirrorImage() {
        assertEquals(d(2026, 2, 13), CAL_2026.addWorkingDays(d(2026, 2, 23), -1));
        assertEquals(d(2026, 3, 2), CAL_2026.addWorkingDays(d(2026, 3, 23), -15));
        for (int n = -30; n <= 30; n++) {
            LocalDate from = d(2026, 1, 5);
            LocalDate to = CAL_2026.addWorkingDays(from, n);
            assertEquals(n, CAL_2026.countWorkingDays(from, to), "n = " + n);
        }
    }

    @Test
    void countingWorkingDaysBetweenTwoDates() {
        assertEquals(0, CAL_2026.countWorkingDays(d(2026, 3, 2), d(2026, 3, 2)));
        assertEquals(5, CAL_2026.countWorkingDays(d(2026, 3, 2), d(2026, 3, 9)));
        assertEquals(-5, CAL_2026.countWorkingDays(d(2026, 3, 9), d(2026, 3, 2)));
        assertEquals(1, CAL_2026.countWorkingDays(d(2026, 2, 13), d(2026, 2, 23)), "Tết is not counted");
        // a Saturday seen on the Friday before: no working day left
        assertEquals(0, CAL_2026.countWorkingDays(d(2026, 2, 27), d(2026, 2, 28)));
    }

    @Test
    void yearsWithoutDataAndProvisionalYearsAreNamed() {
        assertEquals(Set.of(), CAL_2026.missingYears(d(2026, 1, 1), d(2026, 12, 31)));
        assertEquals(Set.of(2025, 2027), CAL_2026.missingYears(d(2027, 3, 1), d(2025, 12, 1)));
        assertEquals(Set.of(2027), CAL_2026.provisionalYears(d(2026, 12, 1), d(2027, 1, 5)));
        assertEquals(Set.of(), CAL_2026.provisionalYears(d(2026, 1, 1), d(2026, 2, 1)));
        // a year without data counts weekends only
        WorkingCalendar empty = new WorkingCalendar(Map.of(), Set.of(), Set.of());
        assertEquals(d(2028, 1, 24), empty.addWorkingDays(d(2028, 1, 3), 15));
    }
}
