package vn.gov.cchc.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;

/**
 * The working-day calendar: holidays and make-up working days as data per year, maintained by
 * administrators. All deadline arithmetic goes through {@link #calendar()}.
 */
@ApplicationScoped
public class CalendarService {

    /** The years the calendar keeps: entries outside them are refused (a year 0 could not be viewed or removed). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Inject
    Event<CalendarChanged> changed;

    /** The whole calendar as it stands now (a few dozen rows a year: read fresh on every use). */
    @Transactional
    public WorkingCalendar calendar() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        CalendarDay.<CalendarDay>listAll().forEach(d -> days.put(d.day, d.kind));
        Set<Integer> known = new HashSet<>();
        Set<Integer> provisional = new HashSet<>();
        for (CalendarYear y : CalendarYear.<CalendarYear>listAll()) {
            known.add(y.year);
            if (y.provisional) {
                provisional.add(y.year);
            }
        }
        return new WorkingCalendar(days, known, provisional);
    }

    public List<CalendarYear> years() {
        return CalendarYear.listAll(Sort.by("year"));
    }

    public CalendarYear year(int year) {
        return CalendarYear.findById(year);
    }

    public List<CalendarDay> days(int year) {
        return CalendarDay.list("day >= ?1 and day <= ?2", Sort.by("day"), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    @Transactional
    public CalendarYear putYear(int year, boolean provisional, String note, String ifMatch) {
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            y = new CalendarYear();
            y.year = year;
            y.provisional = provisional;
            y.note = note;
            y.persist();
        } else {
            Etags.checkMatch(ifMatch, y.version);
            y.provisional = provisional;
            y.note = note;
            y.updatedAt = java.time.Instant.now();
        }
        CalendarYear.getEntityManager().flush();
        changed.fire(new CalendarChanged(year));
        return y;
    }

    @Transactional
    public CalendarDay addDay(LocalDate date, DayKind kind, String name, String username) {
        if (CalendarDay.findById(date) != null) {
            throw ProblemException.of(ProblemType.CONFLICT, "date", "calendar.day.exists", date.toString());
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw ProblemException.invalidField("date", "calendar.date.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        checkKind(date, kind);
        if (CalendarYear.findById(date.getYear()) == null) {
            CalendarYear y = new CalendarYear();
            y.year = date.getYear();
            y.persist();
        }
        CalendarDay d = new CalendarDay();
        d.day = date;
        d.kind = kind;
        d.name = name.strip();
        d.updatedBy = username;
        d.persist();
        CalendarDay.getEntityManager().flush();
        changed.fire(new CalendarChanged(date.getYear()));
        return d;
    }

    @Transactional
    public CalendarDay updateDay(LocalDate date, DayKind kind, String name, String ifMatch, String username) {
        CalendarDay d = CalendarDay.findById(date);
        if (d == null) {
            throw ProblemException.notFound("calendar-day", date);
        }
        Etags.requireMatch(ifMatch, d.version);
        checkKind(date, kind);
        d.kind = kind;
        d.name = name.strip();
        d.updatedBy = username;
        d.updatedAt = java.time.Instant.now();
        CalendarDay.getEntityManager().flush();
        changed.fire(new CalendarChanged(date.getYear()));
        return d;
    }

    @Transactional
    public void deleteDay(LocalDate date, String ifMatch) {
        CalendarDay d = CalendarDay.findById(date);
        if (d == null) {
            throw ProblemException.notFound("calendar-day", date);
        }
        Etags.checkMatch(ifMatch, d.version);
        d.delete();
        CalendarDay.getEntityManager().flush();
        changed.fire(new CalendarChanged(date.getYear()));
    }

    /**
     * Removes a year that has no entries (one made by mistake, or before years were limited); a year with
     * entries is a 409: remove its days first. Any year number is accepted, so that an old stray one can go.
     */
    @Transactional
    public void deleteYear(int year, String ifMatch) {
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            throw ProblemException.notFound("calendar-year", year);
        }
        Etags.checkMatch(ifMatch, y.version);
        long entries = CalendarDay.count("day >= ?1 and day <= ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        if (entries > 0) {
            throw ProblemException.of(ProblemType.CONFLICT, "year", "calendar.year.not-empty", String.valueOf(year), String.valueOf(entries));
        }
        y.delete();
        CalendarYear.getEntityManager().flush();
        changed.fire(new CalendarChanged(year));
    }

    private static void checkKind(LocalDate date, DayKind kind) {
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        if (kind == DayKind.WORKING_DAY && !weekend) {
            throw ProblemException.invalidField("kind", "calendar.day.weekday-working", date.toString());
        }
    }
}
