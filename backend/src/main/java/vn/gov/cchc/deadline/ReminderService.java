package vn.gov.cchc.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.notification.MailService;
import vn.gov.cchc.notification.NotificationService;
import vn.gov.cchc.notification.Person;
import vn.gov.cchc.notification.PersonDirectory;
import vn.gov.cchc.unit.Unit;

/**
 * Reminders: a few working days before a deadline and on the first day it is overdue, the unit gets
 * an in-app notice and each of its people one e-mail (a digest when several deadlines are due). Each
 * notice is claimed in the database before anything is sent, so that it goes out once whatever the
 * number of instances, and a person gets at most one reminder e-mail a day.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Overdue notices are sent up to this many days late (after downtime); older ones are not news. */
    static final int OVERDUE_GRACE_DAYS = 7;
    /** Notices claimed per INSERT statement. */
    private static final int CLAIM_CHUNK = 500;

    public enum NoticeKind {
        DUE_SOON,
        OVERDUE
    }

    @Inject
    DeadlineQueries deadlines;

    @Inject
    CalendarService calendars;

    @Inject
    NotificationService notifications;

    @Inject
    PersonDirectory directory;

    @Inject
    MailService mail;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "cchc.app-url", defaultValue = "http://localhost:5173")
    String appUrl;

    public record Claimed(Deadline deadline, NoticeKind kind) {
    }

    /** Claims today's notices, records them in the application and queues the e-mails; returns what it claimed. */
    @Transactional
    public List<Claimed> prepare(LocalDate today) {
        WorkingCalendar calendar = calendars.calendar();
        LocalDate soon = deadlines.soonBound(calendar, today);
        List<Claimed> due = new ArrayList<>();
        for (Deadline d : deadlines.unmetBetween(today.minusDays(OVERDUE_GRACE_DAYS), soon)) {
            due.add(new Claimed(d, d.dueOn.isBefore(today) ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON));
        }
        List<Claimed> claimed = claim(due, today);
        Map<Unit, List<Claimed>> byUnit = new LinkedHashMap<>();
        claimed.forEach(c -> byUnit.computeIfAbsent(c.deadline().unit, u -> new ArrayList<>()).add(c));
        Map<String, List<Person>> members;
        try {
            members = directory.membersOf(byUnit.keySet().stream().map(u -> u.code).toList());
        } catch (RuntimeException ex) {
            LOG.errorf("Reminders for %s: the directory failed (%s); the notices are in the application only", today, ex.getMessage());
            members = null;
        }
        for (Map.Entry<Unit, List<Claimed>> e : byUnit.entrySet()) {
            for (Claimed c : e.getValue()) {
                notifications.notify(e.getKey(), "DEADLINE_" + c.kind().name(), line(c, calendar, today), null,
                        "/deadlines?planId=" + c.deadline().plan.id, c.deadline().id);
            }
            if (members == null) {
                continue;
            }
            List<Person> people = members.getOrDefault(e.getKey().code, List.of());
            String subject = Messages.get(Messages.VI, "reminder.subject", e.getValue().size(), e.getKey().name);
            String body = digest(e.getKey(), e.getValue(), calendar, today);
            for (Person p : people) {
                mail.enqueue("reminder:" + p.username() + ":" + today, p, subject, body, null);
            }
        }
        if (!claimed.isEmpty()) {
            LOG.infof("Reminders for %s: %d notice(s) for %d unit(s)", today, claimed.size(), byUnit.size());
        }
        return claimed;
    }

    /**
     * Inserts the notices not claimed yet, many rows per statement, marked with this run's token, and answers those
     * this run inserted: a notice another run (another instance) claimed first is skipped by the primary key.
     */
    private List<Claimed> claim(List<Claimed> due, LocalDate today) {
        if (due.isEmpty()) {
            return List.of();
        }
        String token = java.util.UUID.randomUUID().toString();
        for (int from = 0; from < due.size(); from += CLAIM_CHUNK) {
            List<Claimed> chunk = due.subList(from, Math.min(due.size(), from + CLAIM_CHUNK));
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO deadline_notice (deadline_id, kind, noticed_on, claim) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(4 * i + 1).append(", ?").append(4 * i + 2).append(", ?")
                        .append(4 * i + 3).append(", ?").append(4 * i + 4).append(')');
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(4 * i + 1, chunk.get(i).deadline().id).setParameter(4 * i + 2, chunk.get(i).kind().name())
                        .setParameter(4 * i + 3, today).setParameter(4 * i + 4, token);
            }
            insert.executeUpdate();
        }
        java.util.Set<String> mine = new java.util.HashSet<>();
        for (Object row : em.createNativeQuery("SELECT CONCAT(deadline_id, ':', kind) FROM deadline_notice WHERE claim = ?1")
                .setParameter(1, token).getResultList()) {
            mine.add(row.toString());
        }
        return due.stream().filter(c -> mine.contains(c.deadline().id + ":" + c.kind().name())).toList();
    }

    private String digest(Unit unit, List<Claimed> items, WorkingCalendar calendar, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get(Messages.VI, "reminder.greeting", unit.name)).append("\n\n");
        for (Claimed c : items) {
            sb.append("• ").append(line(c, calendar, today)).append('\n');
        }
        sb.append('\n').append(Messages.get(Messages.VI, "reminder.footer", appUrl + "/deadlines")).append('\n');
        return sb.toString();
    }

    private static String line(Claimed c, WorkingCalendar calendar, LocalDate today) {
        Deadline d = c.deadline();
        String what = switch (d.kind) {
            case IMPLEMENTING_PLAN -> Messages.get(Messages.VI, "reminder.what.implementing", planName(d));
            case REPORT -> Messages.get(Messages.VI, "reminder.what.report", Periods.label(d.periodKey, Messages.VI), planName(d));
            case TASK -> Messages.get(Messages.VI, "reminder.what.task",
                    (d.task.sectionCode == null ? "" : d.task.sectionCode + ".") + d.task.orderNo, planName(d));
        };
        String when = c.kind() == NoticeKind.OVERDUE
                ? Messages.get(Messages.VI, "reminder.when.overdue", d.dueOn.format(VN))
                : Messages.get(Messages.VI, "reminder.when.soon", d.dueOn.format(VN), calendar.countWorkingDays(today, d.dueOn));
        return what + ": " + when;
    }

    private static String planName(Deadline d) {
        return d.plan.number() == null ? d.plan.title : d.plan.number() + " (" + d.plan.title + ")";
    }
}
