package vn.gov.cchc.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The bytes of an evidence file, kept in the database so that they survive restarts and backups. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] content;
}
