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
        List<Claimed> claimed = new ArrayList<>();
        for (Deadline d : deadlines.unmetSince(today.minusDays(OVERDUE_GRACE_DAYS))) {
            NoticeKind kind = d.dueOn.isBefore(today) ? NoticeKind.OVERDUE
                    : !d.dueOn.isAfter(soon) ? NoticeKind.DUE_SOON : null;
            if (kind == null) {
                continue;
            }
            int inserted = em.createNativeQuery(
                    "INSERT IGNORE INTO deadline_notice (deadline_id, kind, noticed_on) VALUES (?1, ?2, ?3)")
                    .setParameter(1, d.id).setParameter(2, kind.name()).setParameter(3, today).executeUpdate();
            if (inserted == 1) {
                claimed.add(new Claimed(d, kind));
            }
        }
        Map<Unit, List<Claimed>> byUnit = new LinkedHashMap<>();
        claimed.forEach(c -> byUnit.computeIfAbsent(c.deadline().unit, u -> new ArrayList<>()).add(c));
        for (Map.Entry<Unit, List<Claimed>> e : byUnit.entrySet()) {
            for (Claimed c : e.getValue()) {
                notifications.notify(e.getKey(), "DEADLINE_" + c.kind().name(), line(c, calendar, today), null,
                        "/deadlines?planId=" + c.deadline().plan.id, c.deadline().id);
            }
            List<Person> people;
            try {
                people = directory.membersOf(e.getKey().code);
            } catch (RuntimeException ex) {
                LOG.errorf("Reminders for %s: the directory failed (%s); the notices are in the application only",
                        e.getKey().code, ex.getMessage());
                continue;
            }
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
