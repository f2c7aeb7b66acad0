package vn.gov.cchc.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.notification.MailService;

/**
 * The daily reminder run and the outbox retries. Quartz's clustered JDBC store makes each firing
 * run on one instance; the notices and e-mails are claimed in the database as well.
 */
@ApplicationScoped
public class ReminderJob {

    @Inject
    ReminderService reminders;

    @Inject
    MailService mail;

    @Inject
    TimeService time;

    @ConfigProperty(name = "cchc.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Scheduled(identity = "deadline-reminders", cron = "{cchc.reminders.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        if (!enabled) {
            return;
        }
        reminders.prepare(time.today());
        mail.deliver();
    }

    @Scheduled(identity = "mail-outbox", every = "{cchc.mail.retry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryMail() {
        if (enabled) {
            mail.deliver();
        }
    }
}
