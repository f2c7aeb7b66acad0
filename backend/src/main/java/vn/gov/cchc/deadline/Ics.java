package vn.gov.cchc.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.CalendarScale;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.property.Transparency;
import biweekly.util.ICalDate;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;

/**
 * The deadlines as iCalendar (RFC 5545) text, one all-day event per deadline, written by biweekly
 * (escaping, line folding, CRLF). A met deadline's event is CANCELLED so that calendars grey it out.
 */
final class Ics {

    private Ics() {
    }

    static String calendar(String name, List<DeadlineView> deadlines, Function<DeadlineView, String> summary,
            Function<DeadlineView, String> description, String host) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//CCHC//Han CCHC//VI");
        ical.setCalendarScale(CalendarScale.gregorian());
        ical.setMethod(Method.publish());
        ical.addExperimentalProperty("X-WR-CALNAME", name);
        ical.addExperimentalProperty("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh");
        Date stamp = new Date();
        for (DeadlineView d : deadlines) {
            VEvent e = new VEvent();
            e.setUid("deadline-" + d.id() + "@" + host);
            e.setDateTimeStamp(stamp);
            e.setDateStart(new DateStart(day(d.dueOn())));
            e.setDateEnd(new DateEnd(day(d.dueOn().plusDays(1))));
            e.setSummary(summary.apply(d));
            e.setDescription(description.apply(d));
            e.setTransparency(Transparency.transparent());
            e.setStatus(d.metOn() == null ? Status.confirmed() : Status.cancelled());
            ical.addEvent(e);
        }
        return Biweekly.write(ical).go();
    }

    /** A date without time (VALUE=DATE): biweekly writes date values in the JVM's zone, so midnight there. */
    static ICalDate day(LocalDate date) {
        return new ICalDate(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }
}
