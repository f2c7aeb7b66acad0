package vn.gov.cchc.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodType", description = "MONTH, QUARTER, HALF_YEAR, YEAR, or ON_REQUEST (theo yêu cầu: no periodic deadline unless a fixed date is given)")
public enum PeriodType {
    MONTH(12),
    QUARTER(4),
    HALF_YEAR(2),
    YEAR(1),
    ON_REQUEST(1);

    private final int perYear;

    PeriodType(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    /** Months in one period. */
    public int months() {
        return switch (this) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR, ON_REQUEST -> 12;
        };
    }
}
