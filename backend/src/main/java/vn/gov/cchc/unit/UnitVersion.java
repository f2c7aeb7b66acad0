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

/**
 * One dated state of a unit: its name, parent, kind... from {@code validFrom} to {@code validTo} (null bounds are
 * open). The tree as of a day is made of the states covering that day. A state replaced on the day it began has
 * {@code validTo} before {@code validFrom}: it covers no day but stays in the history.
 */
@Entity
@Table(name = "unit_version")
public class UnitVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name", length = 120)
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public UnitKind kind;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "official_code", length = 5)
    public String officialCode;

    @Column(nullable = false)
    public boolean coordinating;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 16)
    public UnitChange change;

    @Column(name = "legal_basis", length = 500)
    public String legalBasis;

    @Column(name = "changed_by", length = 100)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt = Instant.now();

    /** Does this state cover {@code day}? */
    public boolean covers(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    /** A new state of {@code u} as it is now, beginning on {@code from}. */
    static UnitVersion of(Unit u, LocalDate from, UnitChange change, String legalBasis, String by) {
        UnitVersion v = new UnitVersion();
        v.unitId = u.id;
        v.validFrom = from;
        v.name = u.name;
        v.shortName = u.shortName;
        v.kind = u.kind;
        v.parentId = u.parentId;
        v.officialCode = u.officialCode;
        v.coordinating = u.coordinating;
        v.sortOrder = u.sortOrder;
        v.change = change;
        v.legalBasis = legalBasis;
        v.changedBy = by;
        return v;
    }
}
