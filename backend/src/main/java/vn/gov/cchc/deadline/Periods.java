package vn.gov.cchc.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.task.importing.TimeframeKind;

/**
 * The periods a report schedule or a task timeframe makes in a year, and their due dates. Pure
 * date arithmetic over a {@link WorkingCalendar}; keys identify a period within a plan ("2026-Q1").
 */
public final class Periods {

    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    private Periods() {
    }

    /**
     * One period: its key, the days its figures cover, its due date, and a note when the due day had
     * to be moved (a day the month does not have).
     */
    public record Occurrence(String key, LocalDate start, LocalDate end, LocalDate due, String dueNote) {
    }

    /** The occurrences of a schedule in {@code year}. */
    public static List<Occurrence> of(ReportSchedule s, int year, WorkingCalendar calendar) {
        List<Occurrence> out = new ArrayList<>();
        if (s.periodType == PeriodType.ON_REQUEST) {
            if (s.dueRule == DueRule.FIXED_DATE && s.dueDate != null) {
                out.add(new Occurrence(year + "-REQ", LocalDate.of(year, 1, 1), min(s.dueDate, LocalDate.of(year, 12, 31)),
                        s.dueDate, null));
            }
            return out;
        }
        List<Integer> selected = s.periodList();
        int months = s.periodType.months();
        for (int p = 1; p <= s.periodType.perYear(); p++) {
            if (!selected.isEmpty() && !selected.contains(p)) {
                continue;
            }
            YearMonth first = YearMonth.of(year, (p - 1) * months + 1);
            YearMonth last = YearMonth.of(year, p * months);
            LocalDate start = first.atDay(1);
            LocalDate end = last.atEndOfMonth();
            if (s.cutoff == Cutoff.DECREE_09) {
                start = first.minusMonths(1).atDay(15);
                end = last.atDay(14);
            }
            LocalDate due;
            String note = null;
            switch (s.dueRule) {
                case DAY_OF_LAST_MONTH -> {
                    due = dayOf(last, s.dueDay);
                    note = clampNote(last, s.dueDay);
                }
                case DAY_OF_NEXT_MONTH -> {
                    due = dayOf(last.plusMonths(1), s.dueDay);
                    note = clampNote(last.plusMonths(1), s.dueDay);
                }
                case WORKING_DAYS_AFTER -> due = calendar.addWorkingDays(end, s.dueWorkingDays);
                case FIXED_DATE -> due = s.dueDate;
                default -> throw new IllegalStateException(s.dueRule.name());
            }
            out.add(new Occurrence(key(s.periodType, year, p), start, end, due, note));
        }
        return out;
    }

    /**
     * The due dates of a task with this timeframe: one per month for monthly tasks, at the end of
     * each quarter for quarterly ones, the end for a date or a range or the whole year; none for
     * ongoing or unspecified ones.
     */
    public static List<Occurrence> ofTask(TimeframeKind kind, List<Integer> quarters, LocalDate start, LocalDate end,
            int year) {
        List<Occurrence> out = new ArrayList<>();
        LocalDate from = start == null ? LocalDate.of(year, 1, 1) : start;
        LocalDate to = end == null ? LocalDate.of(year, 12, 31) : end;
        switch (kind) {
            case WHOLE_YEAR -> out.add(new Occurrence("Y", from, to, to, null));
            case MONTHLY -> {
                for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                    out.add(new Occurrence(String.format(Locale.ROOT, "M%02d-%d", m.getMonthValue(), m.getYear()),
                            m.atDay(1), m.atEndOfMonth(), m.atEndOfMonth(), null));
                }
            }
            case QUARTERLY, QUARTERS -> {
                List<Integer> qs = kind == TimeframeKind.QUARTERLY ? List.of(1, 2, 3, 4) : quarters;
                for (int q : qs) {
                    YearMonth first = YearMonth.of(from.getYear(), (q - 1) * 3 + 1);
                    YearMonth last = first.plusMonths(2);
                    out.add(new Occurrence("Q" + q + "-" + from.getYear(), first.atDay(1), last.atEndOfMonth(),
                            last.atEndOfMonth(), null));
                }
            }
            case DATE, DATE_RANGE -> out.add(new Occurrence("D", from, to, to, null));
            case ONGOING, UNSPECIFIED -> {
            }
        }
        return out;
    }

    static String key(PeriodType type, int year, int p) {
        return switch (type) {
            case MONTH -> String.format(Locale.ROOT, "%d-M%02d", year, p);
            case QUARTER -> year + "-Q" + p;
            case HALF_YEAR -> year + "-H" + p;
            case YEAR -> year + "-Y";
            case ON_REQUEST -> year + "-REQ";
        };
    }

    /** A period key as people write it: "Quý I/2026", "6 tháng đầu năm 2026", "Tháng 3/2026". */
    public static String label(String key, Locale locale) {
        if (key == null) {
            return null;
        }
        boolean en = Messages.EN.getLanguage().equals(locale.getLanguage());
        String[] parts = key.split("-", 2);
        String a = parts[0];
        String b = parts.length > 1 ? parts[1] : "";
        // report periods: "2026-Q1"; task occurrences: "Q1-2026", "M03-2026", "Y", "D"
        if (a.matches("\\d{4}")) {
            int year = Integer.parseInt(a);
            return periodLabel(b, year, en);
        }
        if (b.matches("\\d{4}")) {
            return periodLabel(a, Integer.parseInt(b), en);
        }
        return switch (a) {
            case "Y" -> en ? "Whole year" : "Cả năm";
            default -> en ? "By the due date" : "Theo thời hạn";
        };
    }

    private static String periodLabel(String code, int year, boolean en) {
        if (code.startsWith("Q")) {
            int q = Integer.parseInt(code.substring(1));
            return en ? "Q" + q + " " + year : "Quý " + ROMAN[q - 1] + "/" + year;
        }
        if (code.startsWith("H")) {
            boolean first = code.equals("H1");
            return en ? (first ? "First half of " : "Second half of ") + year
                    : (first ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
        }
        if (code.startsWith("M")) {
            int m = Integer.parseInt(code.substring(1));
            return en ? YearMonth.of(year, m).getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + " " + year : "Tháng " + m + "/" + year;
        }
        if (code.equals("Y")) {
            return en ? "Year " + year : "Năm " + year;
        }
        return en ? "On request (" + year + ")" : "Theo yêu cầu (" + year + ")";
    }

    private static LocalDate dayOf(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /** "CLAMPED:31:2026-06" when the month has no such day. */
    private static String clampNote(YearMonth month, int day) {
        return day > month.lengthOfMonth() ? "CLAMPED:" + day + ":" + month : null;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
