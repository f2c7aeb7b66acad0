package vn.gov.cchc.deadline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;

/** iCalendar (RFC 5545) text: one all-day event per deadline. */
final class Ics {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {
    }

    static String calendar(String name, List<DeadlineView> deadlines, java.util.function.Function<DeadlineView, String> summary,
            java.util.function.Function<DeadlineView, String> description, String host) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//CCHC//Han CCHC//VI");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        line(sb, "X-WR-CALNAME:" + escape(name));
        line(sb, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        String stamp = STAMP.format(Instant.now());
        for (DeadlineView d : deadlines) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:deadline-" + d.id() + "@" + host);
            line(sb, "DTSTAMP:" + stamp);
            line(sb, "DTSTART;VALUE=DATE:" + DATE.format(d.dueOn()));
            line(sb, "DTEND;VALUE=DATE:" + DATE.format(d.dueOn().plusDays(1)));
            line(sb, "SUMMARY:" + escape(summary.apply(d)));
            line(sb, "DESCRIPTION:" + escape(description.apply(d)));
            line(sb, "TRANSP:TRANSPARENT");
            line(sb, "STATUS:" + (d.metOn() == null ? "CONFIRMED" : "CANCELLED"));
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
    static void line(StringBuilder sb, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            sb.append(content).append("\r\n");
            return;
        }
        int count = 0;
        int limit = 75;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (count + len > limit) {
                sb.append(current).append("\r\n ");
                current.setLength(0);
                count = 0;
                limit = 74;
            }
            current.appendCodePoint(cp);
            count += len;
            i += Character.charCount(cp);
        }
        sb.append(current).append("\r\n");
    }
}
