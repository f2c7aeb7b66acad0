package vn.gov.cchc.notification;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * E-mail through an outbox: a message is queued once (its dispatch key is unique in the database,
 * whichever instance queues it) and delivered by whichever instance claims it first.
 */
@ApplicationScoped
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    Mailer mailer;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "cchc.mail.from", defaultValue = "CCHC <no-reply@cchc.gov.vn>")
    String from;

    /** Queues a message unless one with the same key was queued before; true when this call queued it. */
    @Transactional
    public boolean enqueue(String dispatchKey, Person to, String subject, String text, String html) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO mail_outbox (dispatch_key, recipient, recipient_name, "
                + "subject, body_text, body_html, status, attempts, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7)")
                .setParameter(1, dispatchKey).setParameter(2, to.email()).setParameter(3, to.displayName())
                .setParameter(4, subject).setParameter(5, text).setParameter(6, html)
                .setParameter(7, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        return inserted == 1;
    }

    /** Sends what is pending; returns how many were sent by this call. */
    public int deliver() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select m.id from MailOutbox m where m.status = 'PENDING' order by m.id", Long.class)
                .setMaxResults(100).getResultList());
        int sent = 0;
        for (Long id : ids) {
            boolean claimed = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "update MailOutbox m set m.status = 'SENDING', m.claimedBy = :me, m.claimedAt = :now "
                            + "where m.id = :id and m.status = 'PENDING'")
                    .setParameter("me", INSTANCE).setParameter("now", Instant.now()).setParameter("id", id)
                    .executeUpdate() == 1);
            if (!claimed) {
                continue;
            }
            MailOutbox m = QuarkusTransaction.requiringNew().call(() -> em.find(MailOutbox.class, id));
            String error = null;
            try {
                Mail mail = Mail.withText(m.recipient, m.subject, m.bodyText).setFrom(from);
                if (m.bodyHtml != null) {
                    mail.setHtml(m.bodyHtml);
                }
                mailer.send(mail);
            } catch (RuntimeException e) {
                error = e.toString();
                LOG.warnf("Mail %d to %s failed: %s", id, m.recipient, error);
            }
            String failure = error;
            QuarkusTransaction.requiringNew().run(() -> {
                MailOutbox row = em.find(MailOutbox.class, id);
                if (failure == null) {
                    row.status = MailOutbox.SENT;
                    row.sentAt = Instant.now();
                } else {
                    row.attempts++;
                    row.lastError = failure.length() > 1000 ? failure.substring(0, 1000) : failure;
                    row.status = row.attempts >= MAX_ATTEMPTS ? MailOutbox.FAILED : MailOutbox.PENDING;
                }
            });
            if (error == null) {
                sent++;
            }
        }
        return sent;
    }
}
