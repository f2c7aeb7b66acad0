package vn.gov.cchc.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.cchc.unit.Unit;

/** An in-app notice to everyone of a unit (a deadline coming up, a report returned…). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Column(nullable = false, length = 24)
    public String kind;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(columnDefinition = "TEXT")
    public String body;

    @Column(length = 300)
    public String link;

    @Column(name = "deadline_id")
    public Long deadlineId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
