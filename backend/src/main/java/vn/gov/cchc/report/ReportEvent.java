package vn.gov.cchc.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a report's workflow: who did what, when, from which state to which. */
@Entity
@Table(name = "report_event")
public class ReportEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(nullable = false)
    public Instant at = Instant.now();

    @Column(nullable = false, length = 100)
    public String username;

    @Column(name = "display_name", length = 200)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    public ReportState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    public ReportState toState;

    @Column(length = 2000)
    public String comment;
}
