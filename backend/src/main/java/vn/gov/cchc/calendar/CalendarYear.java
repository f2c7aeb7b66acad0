package vn.gov.cchc.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A year whose holidays have been entered; provisional until the Government decides them. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    @Id
    @Column(name = "cal_year")
    public Integer year;

    @Column(nullable = false)
    public boolean provisional;

    @Column(length = 500)
    public String note;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Version
    public int version;
}
