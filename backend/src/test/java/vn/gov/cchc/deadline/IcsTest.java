package vn.gov.cchc.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitKind;

/** The calendar feed's text, read back with the iCalendar library: plain JUnit, no Quarkus. */
class IcsTest {

    static final UnitRef VIET_TRI = new UnitRef(35, "PT-VIETTRI", "UBND phường Việt Trì", UnitKind.COMMUNE);
    static final PlanRef PLAN = new PlanRef(7, "25/KH-UBND", "Tuyên truyền CCHC; năm 2026, tỉnh Phú Thọ", 2026);

    static DeadlineView deadline(long id, LocalDate due, LocalDate metOn) {
        return new DeadlineView(id, DeadlineKind.REPORT, VIET_TRI, PLAN, null, null, null, due, true, null,
                metOn == null ? DeadlineState.OPEN : DeadlineState.MET_ON_TIME, metOn == null ? 3 : null, metOn, null,
                null, false, List.of());
    }

    static String write(List<DeadlineView> list) {
        return Ics.calendar("Hạn xử lý – UBND phường Việt Trì", list,
                d -> "Báo cáo Quý I/2026 – " + d.unit().name(),
                d -> d.plan().number() + " – " + d.plan().title() + "\nHạn: " + d.dueOn() + "\\ xong", "cchc.example.vn");
    }

    @Test
    void eachDeadlineIsAnAllDayEventReadBackAsWritten() {
        String ics = write(List.of(deadline(41, LocalDate.of(2026, 3, 10), null),
                deadline(42, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20))));
        ICalendar cal = Biweekly.parse(ics).first();
        assertNotNull(cal);
        assertEquals("-//CCHC//Han CCHC//VI", cal.getProductId().getValue());
        assertEquals("PUBLISH", cal.getMethod().getValue());
        assertEquals("Hạn xử lý – UBND phường Việt Trì", cal.getExperimentalProperty("X-WR-CALNAME").getValue());
        assertEquals("Asia/Ho_Chi_Minh", cal.getExperimentalProperty("X-WR-TIMEZONE").getValue());
        List<VEvent> events = cal.getEvents();
        assertEquals(2, events.size());
        VEvent open = events.get(0);
        assertEquals("deadline-41@cchc.example.vn", open.getUid().getValue());
        assertEquals(false, open.getDateStart().getValue().hasTime(), "an all-day event");
        assertEquals(LocalDate.of(2026, 3, 10), local(open.getDateStart().getValue()));
        assertEquals(LocalDate.of(2026, 3, 11), local(open.getDateEnd().getValue()));
        assertEquals("Báo cáo Quý I/2026 – UBND phường Việt Trì", open.getSummary().getValue());
        // commas, semicolons, a backslash and a line break survive the escaping
        assertEquals("25/KH-UBND – Tuyên truyền CCHC; năm 2026, tỉnh Phú Thọ\nHạn: 2026-03-10\\ xong",
                open.getDescription().getValue());
        assertEquals("CONFIRMED", open.getStatus().getValue());
        assertTrue(open.getTransparency().isTransparent());
        assertNotNull(open.getDateTimeStamp());
        VEvent met = events.get(1);
        assertEquals("deadline-42@cchc.example.vn", met.getUid().getValue());
        assertEquals(LocalDate.of(2027, 1, 1), local(met.getDateEnd().getValue()), "across the year's end");
        assertEquals("CANCELLED", met.getStatus().getValue());
    }

    @Test
    void theTextIsWellFormedAndDatesDoNotDependOnTheServersZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                String ics = write(List.of(deadline(41, LocalDate.of(2026, 3, 10), null)));
                assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20260310\r\n"), zone + ":\n" + ics);
                assertTrue(ics.contains("\r\nDTEND;VALUE=DATE:20260311\r\n"), zone);
            }
        } finally {
            TimeZone.setDefault(before);
        }
        String ics = write(List.of(deadline(41, LocalDate.of(2026, 3, 10), null)));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75 * 3, "folded: " + line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), "no bare line break: " + line);
        }
        // a long Vietnamese description is folded, and unfolds to the same text
        String longText = "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về cải cách hành chính ".repeat(3).strip();
        String folded = Ics.calendar("x", List.of(deadline(1, LocalDate.of(2026, 1, 5), null)), d -> "s", d -> longText, "h");
        assertTrue(folded.contains("\r\n "), "folded lines");
        assertEquals(longText, Biweekly.parse(folded).first().getEvents().get(0).getDescription().getValue());
    }

    @Test
    void anEmptyFeedIsAValidCalendar() {
        ICalendar cal = Biweekly.parse(write(List.of())).first();
        assertNotNull(cal);
        assertEquals(0, cal.getEvents().size());
    }

    private static LocalDate local(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
