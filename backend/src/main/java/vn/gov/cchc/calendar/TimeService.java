package vn.gov.cchc.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * "Today" in Vietnam (Asia/Ho_Chi_Minh), the one clock deadlines are measured against. Tests may
 * fix it; nothing else should.
 */
@ApplicationScoped
public class TimeService {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Clock clock = Clock.system(VIETNAM);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** For tests: make "today" a given date (null restores the real clock). */
    public void fixToday(LocalDate date) {
        clock = date == null ? Clock.system(VIETNAM)
                : Clock.fixed(date.atStartOfDay(VIETNAM).toInstant(), VIETNAM);
    }
}
