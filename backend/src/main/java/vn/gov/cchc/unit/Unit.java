package vn.gov.cchc.unit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.cchc.common.TextNormalizer;

/**
 * An organisation unit (Đơn vị) in the tree ministry → province → departments, public service
 * units, media, Fatherland Front, communes → commune divisions. {@code path} holds the ids from the
 * root, "/1/4/17/", so that subtrees and ancestors are one indexed query.
 */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String code;

    /** Code in the national list of administrative units (national_unit), when linked to it. */
    @Column(name = "official_code", length = 5)
    public String officialCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name", length = 120)
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public UnitKind kind;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false, length = 500)
    public String path;

    @Column(nullable = false)
    public int depth;

    /** Sở Nội vụ: receives the province's reports and coordinates its administrative reform. */
    @Column(nullable = false)
    public boolean coordinating;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "search_text", nullable = false, length = 800)
    public String searchText;

    /** First day the unit existed; null when it existed before the product knew it. */
    @Column(name = "valid_from")
    public java.time.LocalDate validFrom;

    /** Last day the unit existed; null while it exists. Dissolved and merged units keep their rows, for history. */
    @Column(name = "valid_to")
    public java.time.LocalDate validTo;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    /** Ids from the root to this unit, this unit included. */
    public List<Long> pathIds() {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.valueOf(part));
            }
        }
        return ids;
    }

    /** Ids of the ancestors, root first, this unit excluded. */
    public List<Long> ancestorIds() {
        List<Long> ids = pathIds();
        return ids.subList(0, ids.size() - 1);
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(Unit other) {
        return other != null && other.path.startsWith(path);
    }

    /** Does the unit still exist (not dissolved or merged away)? */
    public boolean current() {
        return validTo == null;
    }

    void refreshSearchText() {
        searchText = TextNormalizer.searchable(code + " " + name + " " + (shortName == null ? "" : shortName));
    }
}
