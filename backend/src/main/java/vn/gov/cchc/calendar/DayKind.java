package vn.gov.cchc.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDayKind",
        description = "HOLIDAY: a day off (public holiday, Tết, substitute or swapped day); WORKING_DAY: a Saturday or Sunday declared a make-up working day")
public enum DayKind {
    HOLIDAY,
    WORKING_DAY
}
