package vn.gov.cchc.report;

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

/** Evidence attached to a report (or one of its tasks): a link, or a file kept in the database. */
@Entity
@Table(name = "report_evidence")
public class ReportEvidence extends PanacheEntityBase {

    public static final String LINK = "LINK";
    public static final String FILE = "FILE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    public Report report;

    @Column(name = "task_id")
    public Long taskId;

    @Column(nullable = false, length = 8)
    public String kind;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 2000)
    public String url;

    @Column(name = "file_id")
    public Long fileId;

    @Column(name = "file_name", length = 255)
    public String fileName;

    @Column(name = "content_type", length = 120)
    public String contentType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
