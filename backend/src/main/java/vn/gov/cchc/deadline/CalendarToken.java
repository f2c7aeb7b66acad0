package vn.gov.cchc.deadline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The secret of a person's calendar subscription URL (only its SHA-256 is kept), with what it may show. */
@Entity
@Table(name = "calendar_token")
public class CalendarToken extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(nullable = false)
    public boolean everything;

    @Column(name = "scope_path", length = 500)
    public String scopePath;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
