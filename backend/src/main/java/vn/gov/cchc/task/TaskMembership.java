package vn.gov.cchc.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitCreated;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;
import vn.gov.cchc.unit.UnitsMoved;
import vn.gov.cchc.unit.UnitsSucceeded;

/**
 * The read model of who each task falls on ({@code task_unit}), kept in the transaction that changes what it caches:
 * a task's entries (direct units and groups expanded below the plan's issuer by {@link UnitGroups}), a plan's order, a
 * unit joining, moving in or leaving the tree. Each change recomputes the affected rows from the same rule in one
 * statement, so the rows cannot drift from it; {@link #differences()} proves that they agree.
 */
@ApplicationScoped
public class TaskMembership {

    private static final Logger LOG = Logger.getLogger(TaskMembership.class);

    /** The groups' rule as a derived table: (group, issued at commune level, kind of unit it names). */
    static final String GROUP_KINDS = groupKinds();

    private static final String COMMUNE_LEVEL = "iu.kind IN ('" + UnitKind.COMMUNE + "', '" + UnitKind.COMMUNE_DIVISION + "')";

    @Inject
    UnitService units;

    @Inject
    EntityManager em;

    private static String groupKinds() {
        List<String> rows = new ArrayList<>();
        for (UnitGroup g : UnitGroup.values()) {
            for (boolean communeLevel : new boolean[] { false, true }) {
                for (UnitKind k : UnitGroups.kinds(g, communeLevel ? UnitKind.COMMUNE : UnitKind.PROVINCE)) {
                    rows.add("SELECT '" + g + "' AS unit_group, " + (communeLevel ? 1 : 0) + " AS commune_level, '" + k
                            + "' AS member_kind");
                }
            }
        }
        return String.join(" UNION ALL ", rows);
    }

    /** The rows the rule gives, for the assignments and units the two conditions select. */
    private static String expected(String directScope, String groupScope) {
        return "SELECT x.unit_id, x.task_id, MIN(x.plan_id) AS plan_id, MIN(x.position) AS position, MAX(x.leads) AS leads,"
                + " MAX(x.cooperates) AS cooperates FROM ("
                + " SELECT a.unit_id, t.id AS task_id, t.plan_id, t.position, a.role = 'LEAD' AS leads, a.role <> 'LEAD' AS cooperates"
                + " FROM task_assignment a JOIN task t ON t.id = a.task_id WHERE a.unit_id IS NOT NULL AND " + directScope
                + " UNION ALL"
                + " SELECT u.id, t.id, t.plan_id, t.position, a.role = 'LEAD', a.role <> 'LEAD'"
                + " FROM task_assignment a JOIN task t ON t.id = a.task_id JOIN plan p ON p.id = t.plan_id"
                + " JOIN unit iu ON iu.id = p.issuing_unit_id"
                + " JOIN (" + GROUP_KINDS + ") k ON k.unit_group = a.unit_group AND k.commune_level = (" + COMMUNE_LEVEL + ")"
                + " JOIN unit u ON u.kind = k.member_kind AND u.path LIKE CONCAT(iu.path, '%') AND u.id <> iu.id"
                + " WHERE a.unit_group IS NOT NULL AND " + groupScope
                + ") x GROUP BY x.unit_id, x.task_id";
    }

    private static final String INSERT = "INSERT INTO task_unit (unit_id, task_id, plan_id, position, leads, cooperates) ";

    private void insertPlan(long planId, String issuerPath) {
        em.createNativeQuery(INSERT + expected("t.plan_id = :plan", "t.plan_id = :plan AND u.path LIKE :below"))
                .setParameter("plan", planId).setParameter("below", issuerPath + "%").executeUpdate();
    }

    /** The rows of some tasks of one plan (created, or their entries changed). */
    public void refreshTasks(Plan plan, Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("DELETE FROM task_unit WHERE task_id IN (:tasks)").setParameter("tasks", taskIds).executeUpdate();
        em.createNativeQuery(INSERT + expected("t.id IN (:tasks)", "t.id IN (:tasks) AND u.path LIKE :below"))
                .setParameter("tasks", taskIds).setParameter("below", plan.issuingUnit.path + "%").executeUpdate();
    }

    /** The plan's appendix order, copied again where it moved. */
    public void syncPositions(Plan plan) {
        em.flush();
        em.createNativeQuery("UPDATE task_unit m JOIN task t ON t.id = m.task_id SET m.position = t.position"
                + " WHERE m.plan_id = :plan AND m.position <> t.position").setParameter("plan", plan.id).executeUpdate();
    }

    /** Every row of these units, computed again (they joined the tree, moved in it, or took over others' work). */
    public void refreshUnits(Collection<Long> unitIds) {
        em.flush();
        for (Long id : unitIds) {
            Unit u = units.get(id);
            em.createNativeQuery("DELETE FROM task_unit WHERE unit_id = :unit").setParameter("unit", id).executeUpdate();
            List<Long> above = u.ancestorIds();
            Query insert = em.createNativeQuery(INSERT + expected("a.unit_id = :unit",
                    above.isEmpty() ? "1 = 0" : "u.id = :unit AND p.issuing_unit_id IN (:above)"));
            insert.setParameter("unit", id);
            if (!above.isEmpty()) {
                insert.setParameter("above", above);
            }
            insert.executeUpdate();
        }
    }

    void onUnitsCreated(@Observes UnitCreated event) {
        refreshUnits(event.unitIds());
    }

    void onUnitsMoved(@Observes UnitsMoved event) {
        refreshUnits(event.unitIds());
    }

    /** After {@link TaskSuccession} has moved the named entries to the successor. */
    void onSucceeded(@Observes @Priority(TaskSuccession.PRIORITY + 50) UnitsSucceeded event) {
        Set<Long> changed = new LinkedHashSet<>(event.predecessorIds());
        changed.add(event.successorId());
        refreshUnits(changed);
    }

    /** Builds the model from the existing rows at the first start after its migration; one instance does it. */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        List<?> builtAt = em.createNativeQuery("SELECT built_at FROM read_model WHERE name = 'task_unit' FOR UPDATE")
                .getResultList();
        if (builtAt.isEmpty() || builtAt.get(0) != null) {
            return;
        }
        long started = System.nanoTime();
        em.createNativeQuery("DELETE FROM task_unit").executeUpdate();
        List<?> all = em.createNativeQuery("SELECT p.id, u.path FROM plan p JOIN unit u ON u.id = p.issuing_unit_id").getResultList();
        for (Object row : all) {
            Object[] r = (Object[]) row;
            insertPlan(((Number) r[0]).longValue(), (String) r[1]);
        }
        em.createNativeQuery("UPDATE read_model SET built_at = CURRENT_TIMESTAMP(3) WHERE name = 'task_unit'").executeUpdate();
        LOG.infof("Read model task_unit built for %d plans in %d ms", all.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Rows that differ between the model and its rule, as "unit task plan position leads cooperates" lines prefixed
     * with "missing" or "extra" (empty when they agree).
     */
    @Transactional
    public List<String> differences() {
        em.flush();
        Set<String> expected = rows(expected("1 = 1", "1 = 1"));
        Set<String> actual = rows("SELECT unit_id, task_id, plan_id, position, leads, cooperates FROM task_unit");
        List<String> out = new ArrayList<>();
        expected.stream().filter(r -> !actual.contains(r)).forEach(r -> out.add("missing " + r));
        actual.stream().filter(r -> !expected.contains(r)).forEach(r -> out.add("extra " + r));
        return out;
    }

    private Set<String> rows(String sql) {
        Set<String> out = new LinkedHashSet<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] cols = (Object[]) row;
            StringBuilder line = new StringBuilder();
            for (Object c : cols) {
                line.append(line.isEmpty() ? "" : " ").append(c instanceof Boolean b ? (b ? 1 : 0) : c);
            }
            out.add(line.toString());
        }
        return out;
    }
}
