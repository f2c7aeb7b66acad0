package vn.gov.cchc.task.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.cchc.common.TextNormalizer;

/**
 * Understands the "Thời gian thực hiện" cell of an appendix.
 *
 * <p>Comparison ignores case, Vietnamese diacritics ("hàng" = "hằng"), commas and spacing. Quarters may be written in
 * Roman or Arabic numbers. A phrase naming no year is read in the plan's year; an explicit year is honoured.
 *
 * <p>Several phrases joined by ";" or line breaks: each part is read; parts that say only "Định kỳ …" without a period
 * are ignored; the result has the most frequent kind among the understood parts (ties: the first; UNSPECIFIED only when
 * nothing else), the union of their periods and the whole text. If any other part is not understood, nothing is.
 *
 * <p>A part that begins with a recurring period ("Định kỳ hàng tháng đăng tải…", "Thường xuyên cập nhật…") is read as
 * that period even when words follow.
 */
public final class TimeframeParser {

    private static final String YEAR = "(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?";
    private static final String DATE = "(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})(?:\\s*[/.]\\s*(\\d{4}))?";
    private static final String DATE_WORDS = "(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?";
    private static final String ANY_DATE = "(?:" + DATE + "|" + DATE_WORDS + ")";
    private static final String DEADLINE_PREFIX = "(?:(?:hoan thanh|hoan tat|xong|truoc|cham nhat|han chot|thoi han|han|vao|trong|den)\\s+)*(?:ngay\\s+)?";

    private static final Pattern WHOLE_YEAR = Pattern.compile("^(?:trong\\s+)?(?:ca\\s+)?nam(?:\\s+(\\d{4}))?$|^(20\\d\\d)$");
    private static final Pattern ANNUAL = Pattern.compile("^(?:dinh ky\\s+)?(?:hang|moi)\\s+nam(?:\\s+(\\d{4}))?$");
    private static final Pattern ONGOING = Pattern.compile(
            "^(?:thuong xuyen|lien tuc)(?:\\s+(?:lien tuc|thuong xuyen))?(?:\\s+trong(?:\\s+ca)?\\s+nam)?(?:\\s+(?:nam\\s+)?(\\d{4}))?$");
    private static final Pattern MONTHLY = Pattern.compile(
            "^(?:dinh ky\\s+)?(?:hang|moi|theo)\\s+thang(?:\\s+trong(?:\\s+ca)?\\s+nam)?(?:\\s+(?:nam\\s+)?(\\d{4}))?$");
    private static final Pattern QUARTERLY = Pattern.compile(
            "^(?:dinh ky\\s+)?(?:hang|moi|theo)\\s+quy(?:\\s+trong(?:\\s+ca)?\\s+nam)?(?:\\s+(?:nam\\s+)?(\\d{4}))?$");
    /** "quý …" / "trong quý …"; the rest is checked word by word in {@link #quarters}. */
    private static final Pattern QUARTERS = Pattern.compile("^(?:trong\\s+)?quy\\s+(.+?)(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?$");
    private static final Pattern HALF = Pattern.compile("^(?:trong\\s+)?(\\d{1,2})\\s+thang\\s+(dau|cuoi)\\s+nam(?:\\s+(\\d{4}))?$");
    private static final Pattern MONTH = Pattern.compile("^(?:trong\\s+)?thang\\s+(\\d{1,2})" + YEAR + "$");
    private static final Pattern MONTH_NUMERIC = Pattern.compile("^(?:trong\\s+)?(\\d{1,2})\\s*/\\s*(\\d{4})$");
    private static final Pattern MONTH_RANGE = Pattern.compile("^(?:tu\\s+)?thang\\s+(\\d{1,2})" + YEAR
            + "\\s*(?:-|den(?:\\s+het)?)\\s*(?:thang\\s+)?(\\d{1,2})" + YEAR + "$");
    private static final Pattern DATE_ONLY = Pattern.compile("^" + DEADLINE_PREFIX + ANY_DATE + "$");
    private static final Pattern DATE_RANGE = Pattern.compile("^(?:tu\\s+)?(?:ngay\\s+)?" + ANY_DATE
            + "\\s*(?:-|den(?:\\s+het)?)\\s*(?:ngay\\s+)?" + ANY_DATE + "$");
    private static final Pattern ON_REQUEST = Pattern.compile(
            "^(?:(?:theo|khi co|khi)\\s+yeu cau\\b.*|dot xuat|theo yeu cau hoac dot xuat|khi co yeu cau dot xuat)$");
    private static final Pattern RECURRING_PREFIX = Pattern.compile(
            "^(?:(?:dinh ky\\s+)?(?:hang|moi)\\s+(thang|quy|nam)|(thuong xuyen))\\b.+");
    private static final Pattern PERIODIC_ONLY = Pattern.compile("^dinh ky\\b.*");

    /** A phrase longer than this is not a timeframe (and is not worth matching). */
    private static final int MAX_PART_CHARS = 300;

    private TimeframeParser() {
    }

    /** Understood phrase → Optional.of(timeframe); not understood → Optional.empty(). year = the plan's year. */
    public static Optional<Timeframe> parse(String text, int year) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String verbatim = text.strip();
        List<String> parts = new ArrayList<>();
        for (String raw : verbatim.split("[;\\n\\r]+")) {
            String n = normalize(raw);
            if (!n.isEmpty()) {
                parts.add(n);
            }
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? Optional.empty() : single(parts.get(0), year).map(p -> p.toTimeframe(verbatim));
        }
        List<Part> understood = new ArrayList<>();
        for (String n : parts) {
            Optional<Part> p = single(n, year);
            if (p.isPresent()) {
                understood.add(p.get());
            } else if (!PERIODIC_ONLY.matcher(n).matches()) {
                return Optional.empty();
            }
        }
        if (understood.isEmpty()) {
            return Optional.empty();
        }
        Map<TimeframeKind, Integer> votes = new LinkedHashMap<>();
        for (Part p : understood) {
            if (p.kind != TimeframeKind.UNSPECIFIED) {
                votes.merge(p.kind, 1, Integer::sum);
            }
        }
        TimeframeKind winner = TimeframeKind.UNSPECIFIED;
        int best = 0;
        for (Map.Entry<TimeframeKind, Integer> e : votes.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                winner = e.getKey();
            }
        }
        if (winner == TimeframeKind.UNSPECIFIED) {
            return Optional.of(new Timeframe(TimeframeKind.UNSPECIFIED, verbatim, List.of(), null, null));
        }
        TreeSet<Integer> quarters = new TreeSet<>();
        LocalDate start = null;
        LocalDate end = null;
        for (Part p : understood) {
            if (p.kind != winner) {
                continue;
            }
            quarters.addAll(p.quarters);
            start = start == null || p.start.isBefore(start) ? p.start : start;
            end = end == null || p.end.isAfter(end) ? p.end : end;
        }
        TimeframeKind kind = winner == TimeframeKind.DATE && !start.equals(end) ? TimeframeKind.DATE_RANGE : winner;
        return Optional.of(new Timeframe(kind, verbatim, List.copyOf(quarters), start, end));
    }

    private record Part(TimeframeKind kind, List<Integer> quarters, LocalDate start, LocalDate end) {

        Timeframe toTimeframe(String text) {
            return new Timeframe(kind, text, quarters, start, end);
        }
    }

    /** Folded, dashes unified, commas and trailing dots dropped, spaces collapsed. */
    private static String normalize(String s) {
        String t = TextNormalizer.unaccent(s);
        t = t.replaceAll("[\\u2010-\\u2015\\u2212]", "-");
        t = t.replace('…', '.');
        t = t.replace(',', ' ');
        t = t.replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[-+*•]\\s*", "");
        t = t.replaceAll("[.:!]+$", "").strip();
        t = t.replaceAll("^\\((.*)\\)$", "$1").strip();
        return t;
    }

    private static Optional<Part> single(String n, int planYear) {
        if (n.isEmpty() || n.length() > MAX_PART_CHARS) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = WHOLE_YEAR.matcher(n)).matches() || (m = ANNUAL.matcher(n)).matches()) {
            String y = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
            return Optional.of(yearLevel(TimeframeKind.WHOLE_YEAR, yearOr(y, planYear)));
        }
        if ((m = ONGOING.matcher(n)).matches()) {
            return Optional.of(yearLevel(TimeframeKind.ONGOING, yearOr(m.group(1), planYear)));
        }
        if ((m = MONTHLY.matcher(n)).matches()) {
            return Optional.of(yearLevel(TimeframeKind.MONTHLY, yearOr(m.group(1), planYear)));
        }
        if ((m = QUARTERLY.matcher(n)).matches()) {
            return Optional.of(yearLevel(TimeframeKind.QUARTERLY, yearOr(m.group(1), planYear)));
        }
        if ((m = QUARTERS.matcher(n)).matches()) {
            return quarters(m.group(1), yearOr(m.group(2), planYear));
        }
        if ((m = HALF.matcher(n)).matches()) {
            int months = Integer.parseInt(m.group(1));
            int y = yearOr(m.group(3), planYear);
            if (months < 1 || months > 12) {
                return Optional.empty();
            }
            return m.group(2).equals("dau")
                    ? range(LocalDate.of(y, 1, 1), YearMonth.of(y, months).atEndOfMonth())
                    : range(LocalDate.of(y, 13 - months, 1), LocalDate.of(y, 12, 31));
        }
        if ((m = MONTH.matcher(n)).matches()) {
            YearMonth ym = yearMonth(m.group(1), yearOr(m.group(2), planYear));
            return ym == null ? Optional.empty() : range(ym.atDay(1), ym.atEndOfMonth());
        }
        if ((m = MONTH_NUMERIC.matcher(n)).matches()) {
            YearMonth ym = yearMonth(m.group(1), Integer.parseInt(m.group(2)));
            return ym == null ? Optional.empty() : range(ym.atDay(1), ym.atEndOfMonth());
        }
        if ((m = MONTH_RANGE.matcher(n)).matches()) {
            Integer y1 = yearOrNull(m.group(2));
            Integer y2 = yearOrNull(m.group(4));
            int endYear = y2 != null ? y2 : y1 != null ? y1 : planYear;
            YearMonth to = yearMonth(m.group(3), endYear);
            YearMonth from = yearMonth(m.group(1), y1 != null ? y1 : endYear);
            if (from == null || to == null) {
                return Optional.empty();
            }
            if (y1 == null && from.isAfter(to)) {
                from = from.minusYears(1);
            }
            return range(from.atDay(1), to.atEndOfMonth());
        }
        if ((m = DATE_ONLY.matcher(n)).matches()) {
            LocalDate d = date(m, 1, planYear);
            return d == null ? Optional.empty() : Optional.of(new Part(TimeframeKind.DATE, List.of(), d, d));
        }
        if ((m = DATE_RANGE.matcher(n)).matches()) {
            Integer y2 = yearOrNull(m.group(9)) != null ? yearOrNull(m.group(9)) : yearOrNull(m.group(12));
            LocalDate to = date(m, 7, planYear);
            LocalDate from = date(m, 1, y2 != null ? y2 : planYear);
            return from == null || to == null ? Optional.empty() : range(from, to);
        }
        if (ON_REQUEST.matcher(n).matches()) {
            return Optional.of(new Part(TimeframeKind.UNSPECIFIED, List.of(), null, null));
        }
        if ((m = RECURRING_PREFIX.matcher(n)).matches()) {
            int y = planYear;
            if (m.group(2) != null) {
                return Optional.of(yearLevel(TimeframeKind.ONGOING, y));
            }
            return Optional.of(yearLevel(switch (m.group(1)) {
                case "thang" -> TimeframeKind.MONTHLY;
                case "quy" -> TimeframeKind.QUARTERLY;
                default -> TimeframeKind.WHOLE_YEAR;
            }, y));
        }
        return Optional.empty();
    }

    private static Part yearLevel(TimeframeKind kind, int y) {
        return new Part(kind, List.of(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private static Optional<Part> range(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.of(new Part(TimeframeKind.DATE_RANGE, List.of(), from, to));
    }

    /** A list such as "ii iii", "ii va quy iii", "iii - iv", "1 den 3": only these words, at least one quarter. */
    private static Optional<Part> quarters(String list, int y) {
        TreeSet<Integer> qs = new TreeSet<>();
        Integer previous = null;
        boolean rangeOpen = false;
        for (String tok : list.replace("-", " - ").trim().split("\\s+")) {
            switch (tok) {
                case "quy", "va" -> {
                    if (rangeOpen) {
                        return Optional.empty();
                    }
                }
                case "-", "den" -> {
                    if (previous == null || rangeOpen) {
                        return Optional.empty();
                    }
                    rangeOpen = true;
                }
                case "i", "ii", "iii", "iv", "1", "2", "3", "4" -> {
                    int q = quarterNumber(tok);
                    if (rangeOpen) {
                        if (q < previous) {
                            return Optional.empty();
                        }
                        for (int i = previous; i <= q; i++) {
                            qs.add(i);
                        }
                        rangeOpen = false;
                    } else {
                        qs.add(q);
                    }
                    previous = q;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (qs.isEmpty() || rangeOpen) {
            return Optional.empty();
        }
        LocalDate start = LocalDate.of(y, (qs.first() - 1) * 3 + 1, 1);
        LocalDate end = YearMonth.of(y, qs.last() * 3).atEndOfMonth();
        return Optional.of(new Part(TimeframeKind.QUARTERS, List.copyOf(qs), start, end));
    }

    private static int quarterNumber(String tok) {
        return switch (tok) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /** The date in groups [first, first+2] (d/m/y) or [first+3, first+5] (d tháng m năm y). */
    private static LocalDate date(Matcher m, int first, int defaultYear) {
        int g = m.group(first) != null ? first : first + 3;
        try {
            int day = Integer.parseInt(m.group(g));
            int month = Integer.parseInt(m.group(g + 1));
            int y = yearOr(m.group(g + 2), defaultYear);
            return LocalDate.of(y, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static YearMonth yearMonth(String month, int y) {
        int mo = Integer.parseInt(month);
        return mo >= 1 && mo <= 12 ? YearMonth.of(y, mo) : null;
    }

    private static int yearOr(String group, int planYear) {
        return group == null ? planYear : Integer.parseInt(group);
    }

    private static Integer yearOrNull(String group) {
        return group == null ? null : Integer.valueOf(group);
    }
}
