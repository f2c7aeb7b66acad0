package vn.gov.cchc.unit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit that ceased ({@code predecessorId}) and the unit that took its work over from {@code effectiveOn}. */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "predecessor_id", nullable = false)
    public Long predecessorId;

    @Column(name = "successor_id", nullable = false)
    public Long successorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SuccessionKind kind;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(name = "legal_basis", nullable = false, length = 500)
    public String legalBasis;

    @Column(name = "recorded_by", length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt = Instant.now();
}
