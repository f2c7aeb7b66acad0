package vn.gov.cchc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days over the official calendar: Monday to Friday, minus holidays, plus the Saturdays
 * (or Sundays) declared make-up working days. A year with no calendar data counts weekends only;
 * {@link #missingYears} says which years those are.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, DayKind> days;
    private final Set<Integer> knownYears;
    private final Set<Integer> provisionalYears;

    public WorkingCalendar(Map<LocalDate, DayKind> days, Set<Integer> knownYears, Set<Integer> provisionalYears) {
        this.days = Map.copyOf(days);
        this.knownYears = Set.copyOf(knownYears);
        this.provisionalYears = Set.copyOf(provisionalYears);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = days.get(date);
        if (kind != null) {
            return kind == DayKind.WORKING_DAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code n} working days after {@code date} (the day itself does not count: "within 15
     * working days of issue" counts from the next day). {@code n = 0} gives the date itself;
     * negative {@code n} goes back.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}. */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -countWorkingDays(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Years between the two dates (inclusive) for which no holidays have been entered. */
    public Set<Integer> missingYears(LocalDate a, LocalDate b) {
        Set<Integer> out = new TreeSet<>();
        int from = Math.min(a.getYear(), b.getYear());
        int to = Math.max(a.getYear(), b.getYear());
        for (int y = from; y <= to; y++) {
            if (!knownYears.contains(y)) {
                out.add(y);
            }
        }
        return out;
    }

    /** Years between the two dates whose calendar is only provisional. */
    public Set<Integer> provisionalYears(LocalDate a, LocalDate b) {
        Set<Integer> out = new TreeSet<>();
        for (int y = Math.min(a.getYear(), b.getYear()); y <= Math.max(a.getYear(), b.getYear()); y++) {
            if (provisionalYears.contains(y)) {
                out.add(y);
            }
        }
        return out;
    }

    /** What the calendar says of one date, or null for an ordinary day. */
    public DayKind override(LocalDate date) {
        return days.get(date);
    }
}
