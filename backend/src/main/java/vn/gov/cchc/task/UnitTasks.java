package vn.gov.cchc.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.task.TaskDtos.UnitTask;
import vn.gov.cchc.task.TaskDtos.UnitTaskPage;
import vn.gov.cchc.task.TaskDtos.Via;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/** Who a task falls on: the units its entries name, groups expanded, and a unit's tasks ("My tasks"). */
@ApplicationScoped
public class UnitTasks {

    static final Map<String, String> UNIT_TASK_SORTS = Map.of("plan", "p.id", "start", "t.startDate", "end",
            "t.endDate", "position", "t.position");

    @Inject
    PlanService plans;

    @Inject
    UnitService units;

    @Inject
    AccessPolicy policy;

    @Inject
    EntityManager em;

    /**
     * The units a task's entries name, groups expanded below the plan's issuer, with the strongest
     * role; {@code groupCache} may be shared across the tasks of one plan.
     */
    public Map<Unit, AssignmentRole> unitsOf(Task task, Map<UnitGroup, List<Unit>> groupCache) {
        Map<Unit, AssignmentRole> out = new LinkedHashMap<>();
        for (AssignmentRole role : List.of(AssignmentRole.LEAD, AssignmentRole.COOPERATING)) {
            for (TaskAssignment a : task.assignments(role)) {
                List<Unit> named = a.unit != null ? List.of(a.unit)
                        : a.unitGroup != null ? groupCache.computeIfAbsent(a.unitGroup,
                                g -> units.within(task.plan.issuingUnit, UnitGroups.kinds(g, task.plan.issuingUnit.kind)))
                        : List.of();
                named.forEach(u -> out.putIfAbsent(u, role));
            }
        }
        return out;
    }

    /** The tasks that fall on a unit, directly or through a group, in plans the caller may see. */
    @Transactional
    public UnitTaskPage forUnit(long unitId, Long planId, AssignmentRole role, String area, String index,
            TimeframeKind timeframeKind, String q, PageRequest paging) {
        Unit unit = units.find(unitId).orElseThrow(() -> ProblemException.notFound("unit", unitId));
        if (!policy.covers(unit)) {
            throw ProblemException.notFound("unit", unitId);
        }
        Parameters params = new Parameters();
        StringBuilder falls = new StringBuilder("(a.unit.id = :uid");
        params.and("uid", unit.id);
        Set<UnitGroup> provinceGroups = UnitGroups.naming(unit.kind, false);
        Set<UnitGroup> communeGroups = UnitGroups.naming(unit.kind, true);
        if (!provinceGroups.isEmpty()) {
            falls.append(" or (a.unitGroup in :pg and iu.kind not in :communeKinds")
                    .append(" and :upath like concat(iu.path, '%') and iu.id <> :uid)");
            params.and("pg", provinceGroups);
        }
        if (!communeGroups.isEmpty()) {
            falls.append(" or (a.unitGroup in :cg and iu.kind in :communeKinds")
                    .append(" and :upath like concat(iu.path, '%') and iu.id <> :uid)");
            params.and("cg", communeGroups);
        }
        if (!provinceGroups.isEmpty() || !communeGroups.isEmpty()) {
            // bound only when a group clause uses them: JPA refuses a parameter the query does not name
            params.and("upath", unit.path);
            params.and("communeKinds", List.of(UnitKind.COMMUNE, UnitKind.COMMUNE_DIVISION));
        }
        falls.append(")");
        StringBuilder where = new StringBuilder(falls);
        if (role != null) {
            where.append(" and a.role = :role");
            params.and("role", role);
        }
        where.append(" and ").append(plans.visibleCondition(params));
        if (planId != null) {
            where.append(" and p.id = :planId");
            params.and("planId", planId);
        }
        if (area != null) {
            where.append(" and exists (select 1 from Task t2 join t2.tags g where t2 = t and g.listCode = 'CCHC_AREA' and g.code = :area)");
            params.and("area", area);
        }
        if (index != null) {
            where.append(" and exists (select 1 from Task t3 join t3.tags g3 where t3 = t and g3.listCode = 'INDEX' and g3.code = :index)");
            params.and("index", index);
        }
        if (timeframeKind != null) {
            where.append(" and t.timeframeKind = :tk");
            params.and("tk", timeframeKind);
        }
        TextNormalizer.appendSearch(where, params, "t.searchText", q);
        String from = " from Task t join t.assignments a join t.plan p join p.issuingUnit iu where " + where;
        long total = bind(em.createQuery("select count(distinct t.id)" + from, Long.class), params)
                .getSingleResult();
        String order = paging.sortProperty() + (paging.ascending() ? " asc" : " desc");
        List<Long> ids = bind(em.createQuery("select t.id" + from + " group by t.id, " + paging.sortProperty()
                + ", t.position order by " + order + ", t.position", Long.class), params)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        Map<Long, Task> byId = ids.isEmpty() ? Map.of() : page(ids).stream().collect(Collectors.toMap(t -> t.id, t -> t));
        List<UnitTask> items = new ArrayList<>();
        for (Long id : ids) {
            Task t = byId.get(id);
            UnitTask ut = fallsOn(t, unit);
            if (ut != null) {
                items.add(ut);
            }
        }
        return new UnitTaskPage(items, paging.page(), paging.size(), total);
    }

    /**
     * The page's tasks with what their views read (plan, issuer, assignments and their units, tags) in two queries,
     * read-only: no lazy load per task, no dirty checking of a request that changes nothing.
     */
    private List<Task> page(List<Long> ids) {
        List<Task> tasks = em.createQuery("select t from Task t join fetch t.plan p join fetch p.issuingUnit"
                + " left join fetch t.assignments a left join fetch a.unit where t.id in :ids", Task.class)
                .setParameter("ids", ids).setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
        em.createQuery("select t from Task t left join fetch t.tags where t.id in :ids", Task.class).setParameter("ids", ids)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
        return tasks;
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query,
            Parameters params) {
        params.map().forEach(query::setParameter);
        return query;
    }

    /** How a task falls on a unit, or null. Direct mentions win over groups, leading over cooperating. */
    private UnitTask fallsOn(Task t, Unit unit) {
        Unit issuer = t.plan.issuingUnit;
        boolean below = unit.path.startsWith(issuer.path) && !unit.id.equals(issuer.id);
        TaskAssignment best = null;
        for (TaskAssignment a : t.assignments) {
            boolean hits = (a.unit != null && a.unit.id.equals(unit.id)) || (a.unitGroup != null && below
                    && UnitGroups.kinds(a.unitGroup, issuer.kind).contains(unit.kind));
            if (!hits) {
                continue;
            }
            if (best == null || rank(a) < rank(best)) {
                best = a;
            }
        }
        if (best == null) {
            return null;
        }
        return new UnitTask(TaskViews.view(t, plans.isEditable(t.plan)), PlanRef.of(t.plan), best.role,
                best.unit != null ? Via.DIRECT : Via.GROUP, best.unitGroup);
    }

    private static int rank(TaskAssignment a) {
        return (a.role == AssignmentRole.LEAD ? 0 : 2) + (a.unit != null ? 0 : 1);
    }

}
