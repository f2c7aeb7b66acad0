package vn.gov.cchc.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** That one person has read one notice. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long notificationId;
        public String username;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(notificationId, k.notificationId)
                    && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, username);
        }
    }

    @Id
    @Column(name = "notification_id")
    public Long notificationId;

    @Id
    @Column(name = "username", length = 100)
    public String username;

    @Column(name = "read_at", nullable = false)
    public Instant readAt = Instant.now();
}
