package vn.gov.cchc.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * One row of the national list of administrative units (since 01/07/2025): a province (2-digit
 * code) or a commune-level unit (5-digit code). Reference data shipped by migration V6, read-only.
 */
@Entity
@Table(name = "national_unit")
public class NationalUnit extends PanacheEntityBase {

    @Id
    @Column(length = 5)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public NationalUnitKind kind;

    @Column(name = "province_code", length = 2)
    public String provinceCode;

    @Column(name = "search_text", nullable = false, length = 300)
    public String searchText;

    static java.util.List<NationalUnit> provinces() {
        return list("provinceCode is null", Sort.by("code"));
    }
}
