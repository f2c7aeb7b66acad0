package vn.gov.cchc.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A day that is not what its weekday says: a holiday on a weekday, or a make-up working Saturday. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    @Id
    @Column(name = "day")
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DayKind kind;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Column(name = "updated_by", length = 100)
    public String updatedBy;

    @Version
    public int version;
}
