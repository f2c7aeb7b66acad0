package vn.gov.cchc.deadline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;
import vn.gov.cchc.unit.UnitsMoved;

/**
 * Keeps {@link Deadline#provinceId} with the units: units moved in the tree (to another province, or from above
 * province level into one) take their deadlines, met ones too, to their new province's pages.
 */
@ApplicationScoped
public class DeadlineProvinces {

    @Inject
    UnitService units;

    @Inject
    EntityManager em;

    /**
     * Deadlines whose province is not their unit's (at most 100 ids): none, when the key is kept; the tests' check of
     * the rule, the same one V10's migration applied to the rows it found.
     */
    public List<Long> differences() {
        return em.createNativeQuery("""
                SELECT d.id FROM deadline d JOIN unit u ON u.id = d.unit_id
                  LEFT JOIN unit p ON p.kind = 'PROVINCE' AND u.path LIKE CONCAT(p.path, '%')
                WHERE NOT (d.province_id <=> p.id) ORDER BY d.id LIMIT 100""", Long.class).getResultList();
    }

    void onUnitsMoved(@Observes UnitsMoved event) {
        List<Unit> moved = units.byIds(event.unitIds());
        Map<Long, Long> provinces = units.provinceIds(moved);
        // one statement per province the moved units now lie in (usually one), one for those above province level
        Map<Long, List<Long>> byProvince = moved.stream()
                .collect(Collectors.groupingBy(u -> provinces.getOrDefault(u.id, 0L), Collectors.mapping(u -> u.id, Collectors.toList())));
        byProvince.forEach((province, ids) -> {
            var update = province == 0L
                    ? em.createQuery("update Deadline d set d.provinceId = null where d.unit.id in :ids")
                    : em.createQuery("update Deadline d set d.provinceId = :province where d.unit.id in :ids")
                            .setParameter("province", province);
            update.setParameter("ids", ids).executeUpdate();
        });
    }
}
