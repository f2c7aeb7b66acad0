package vn.gov.cchc.calendar;

/** Fired after the holidays or make-up days of a year changed, for whoever derives dates from them. */
public record CalendarChanged(int year) {
}
