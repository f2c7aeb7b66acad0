package vn.gov.cchc.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An e-mail to send. {@code dispatchKey} is unique: the same message is never queued twice. */
@Entity
@Table(name = "mail_outbox")
public class MailOutbox extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispatch_key", nullable = false, length = 200)
    public String dispatchKey;

    @Column(nullable = false, length = 320)
    public String recipient;

    @Column(name = "recipient_name", length = 200)
    public String recipientName;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    public String bodyText;

    @Column(name = "body_html", columnDefinition = "MEDIUMTEXT")
    public String bodyHtml;

    @Column(nullable = false, length = 12)
    public String status = PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "claimed_by", length = 100)
    public String claimedBy;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
