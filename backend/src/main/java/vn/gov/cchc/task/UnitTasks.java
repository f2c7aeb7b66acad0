package vn.gov.cchc.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ReadOnlySession;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.task.TaskDtos.UnitTask;
import vn.gov.cchc.task.TaskDtos.UnitTaskPage;
import vn.gov.cchc.task.TaskDtos.Via;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/** Who a task falls on: the units its entries name, groups expanded, and a unit's tasks ("My tasks"). */
@ApplicationScoped
public class UnitTasks {

    static final Map<String, String> UNIT_TASK_SORTS = Map.of("plan", "m.planId", "start", "t.startDate", "end",
            "t.endDate", "position", "m.position");

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

    /**
     * The tasks that fall on a unit, directly or through a group, in plans the caller may see: read from the unit's rows
     * of {@link TaskMembership} (one index range in the default order), the filters on the task joined only when asked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitTaskPage forUnit(long unitId, Long planId, AssignmentRole role, String area, String index,
            TimeframeKind timeframeKind, String q, PageRequest paging) {
        ReadOnlySession.of(em);
        Unit unit = units.find(unitId).orElseThrow(() -> ProblemException.notFound("unit", unitId));
        if (!policy.covers(unit)) {
            throw ProblemException.notFound("unit", unitId);
        }
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder("m.unitId = :uid");
        params.and("uid", unit.id);
        if (role != null) {
            where.append(role == AssignmentRole.LEAD ? " and m.leads = true" : " and m.cooperates = true");
        }
        where.append(" and ").append(plans.visibleCondition(params));
        if (planId != null) {
            where.append(" and m.planId = :planId");
            params.and("planId", planId);
        }
        boolean onTask = false;
        if (area != null) {
            where.append(" and exists (select 1 from Task t2 join t2.tags g where t2.id = m.taskId and g.listCode = 'CCHC_AREA' and g.code = :area)");
            params.and("area", area);
        }
        if (index != null) {
            where.append(" and exists (select 1 from Task t3 join t3.tags g3 where t3.id = m.taskId and g3.listCode = 'INDEX' and g3.code = :index)");
            params.and("index", index);
        }
        if (timeframeKind != null) {
            where.append(" and t.timeframeKind = :tk");
            params.and("tk", timeframeKind);
            onTask = true;
        }
        if (q != null && !q.isBlank()) {
            TextNormalizer.appendSearch(where, params, "t.searchText", q);
            onTask = true;
        }
        String sort = paging.sortProperty();
        onTask |= sort.startsWith("t.");
        String from = " from TaskUnit m join m.plan p join p.issuingUnit iu" + (onTask ? " join m.task t" : "") + " where " + where;
        // the page and the total in one statement; a page past the end has no row to carry the total: counted apart
        List<Object[]> rows = bind(em.createQuery("select m.taskId, count(*) over ()" + from + " order by " + sort
                + (paging.ascending() ? " asc" : " desc") + ", m.position, m.taskId", Object[].class), params)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = !rows.isEmpty() ? (Long) rows.get(0)[1]
                : paging.offset() == 0 ? 0 : bind(em.createQuery("select count(*)" + from, Long.class), params).getSingleResult();
        List<UnitTask> items = new ArrayList<>();
        if (!rows.isEmpty()) {
            List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
            Map<Long, PageRow> page = page(ids);
            for (Long id : ids) {
                UnitTask ut = fallsOn(page.get(id), unit);
                if (ut != null) {
                    items.add(ut);
                }
            }
        }
        return new UnitTaskPage(items, paging.page(), paging.size(), total);
    }

    /** One task of a unit's page with what its row shows: its plan, entries and tags. */
    private record PageRow(Task task, PlanRef plan, boolean editable, Unit issuer, List<TaskAssignment> assignments,
            List<TaskTag> tags) {
    }

    /**
     * The page's tasks with their plans' numbers and titles, then the entries (with their units) and tags of all of them:
     * three narrow queries. Not the plan's row (its section texts are tens of kB), and no fetch join, which would repeat
     * each task's texts on every entry's and tag's row.
     */
    private Map<Long, PageRow> page(List<Long> ids) {
        Map<Long, List<TaskAssignment>> entries = new java.util.HashMap<>();
        for (TaskAssignment a : em.createQuery("select a from TaskAssignment a left join fetch a.unit where a.task.id in :ids"
                + " order by a.role, a.position", TaskAssignment.class).setParameter("ids", ids).getResultList()) {
            entries.computeIfAbsent(a.task.id, k -> new ArrayList<>()).add(a);
        }
        Map<Long, List<TaskTag>> tags = new java.util.HashMap<>();
        for (Object[] g : em.createQuery("select t.id, g.listCode, g.code from Task t join t.tags g where t.id in :ids"
                + " order by g.listCode, g.code", Object[].class).setParameter("ids", ids).getResultList()) {
            tags.computeIfAbsent((Long) g[0], k -> new ArrayList<>()).add(new TaskTag((String) g[1], (String) g[2]));
        }
        Map<Long, PageRow> out = new java.util.HashMap<>();
        for (Object[] r : em.createQuery("select t, p.docNumber, p.docSymbol, p.title, p.year, p.status, p.issuingUnit.id"
                + " from Task t join t.plan p where t.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            Task t = (Task) r[0];
            // the issuer is one of the caller's units or ancestors, already loaded, or else one more query
            Unit issuer = em.find(Unit.class, r[6]);
            PlanRef ref = PlanRef.of(t.plan.id, (Integer) r[1], (String) r[2], (String) r[3], (Integer) r[4]);
            out.put(t.id, new PageRow(t, ref, plans.isEditable((PlanStatus) r[5], issuer), issuer,
                    entries.getOrDefault(t.id, List.of()), tags.getOrDefault(t.id, List.of())));
        }
        return out;
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query,
            Parameters params) {
        params.map().forEach(query::setParameter);
        return query;
    }

    /** How a task falls on a unit, or null. Direct mentions win over groups, leading over cooperating. */
    private UnitTask fallsOn(PageRow row, Unit unit) {
        Unit issuer = row.issuer();
        boolean below = unit.path.startsWith(issuer.path) && !unit.id.equals(issuer.id);
        TaskAssignment best = null;
        for (TaskAssignment a : row.assignments()) {
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
        return new UnitTask(TaskViews.view(row.task(), row.assignments(), row.tags(), row.editable()), row.plan(), best.role,
                best.unit != null ? Via.DIRECT : Via.GROUP, best.unitGroup);
    }

    private static int rank(TaskAssignment a) {
        return (a.role == AssignmentRole.LEAD ? 0 : 2) + (a.unit != null ? 0 : 1);
    }

}
