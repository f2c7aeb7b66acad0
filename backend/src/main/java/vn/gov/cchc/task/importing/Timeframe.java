package vn.gov.cchc.task.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * An understood timeframe.
 *
 * @param kind     the granularity
 * @param text     the original verbatim (trimmed)
 * @param quarters for {@link TimeframeKind#QUARTERS} the quarters named, ascending (e.g. [2, 3]); else empty
 * @param start    first day of the period (WHOLE_YEAR/ONGOING/MONTHLY/QUARTERLY: 01/01 of the year; QUARTERS: first day
 *                 of the first quarter; DATE: the date; DATE_RANGE: the range start; UNSPECIFIED: null)
 * @param end      last day of the period (31/12; last day of the last quarter; the date; the range end; null)
 */
public record Timeframe(TimeframeKind kind, String text, List<Integer> quarters, LocalDate start, LocalDate end) {

    public Timeframe {
        quarters = quarters == null ? List.of() : List.copyOf(quarters);
    }
}
