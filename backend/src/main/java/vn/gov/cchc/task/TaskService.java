package vn.gov.cchc.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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
import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.reference.RefList;
import vn.gov.cchc.reference.ReferenceService;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.task.TaskDtos.AssignmentInput;
import vn.gov.cchc.task.TaskDtos.AssignmentView;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskDtos.TaskInput;
import vn.gov.cchc.task.TaskDtos.TaskPage;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.task.TaskDtos.TaskView;
import vn.gov.cchc.task.TaskDtos.TimeframeInput;
import vn.gov.cchc.task.TaskDtos.TimeframeView;
import vn.gov.cchc.task.TaskDtos.UnitTask;
import vn.gov.cchc.task.TaskDtos.UnitTaskPage;
import vn.gov.cchc.task.TaskDtos.Via;
import vn.gov.cchc.task.importing.Timeframe;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.TimeframeParser;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;

/** A plan's appendix: its tasks, who they fall on, and in what order. */
@ApplicationScoped
public class TaskService {

    static final Map<String, String> UNIT_TASK_SORTS = Map.of("plan", "p.id", "start", "t.startDate", "end",
            "t.endDate", "position", "t.position");

    @Inject
    PlanService plans;

    @Inject
    UnitService units;

    @Inject
    ReferenceService references;

    @Inject
    AccessPolicy policy;

    @Inject
    EntityManager em;

    // ---------------------------------------------------------------- reading

    @Transactional
    public TaskPage listForPlan(long planId, PageRequest paging) {
        Plan plan = plans.visible(planId);
        boolean editable = plans.isEditable(plan);
        var query = Task.<Task>find("plan", Sort.by("position").and("id"), plan);
        long total = query.count();
        List<TaskView> items = query.page(paging.page(), paging.size()).list().stream()
                .map(t -> view(t, editable)).toList();
        return new TaskPage(items, paging.page(), paging.size(), total);
    }

    @Transactional
    public TaskView read(long taskId) {
        Task task = visible(taskId);
        return view(task, plans.isEditable(task.plan));
    }

    /** The task if the caller may see its plan; otherwise 404. */
    Task visible(long taskId) {
        Task task = Task.findById(taskId);
        if (task == null) {
            throw ProblemException.notFound("task", taskId);
        }
        try {
            plans.visible(task.plan.id);
        } catch (ProblemException e) {
            throw ProblemException.notFound("task", taskId);
        }
        return task;
    }

    /** A plan's tasks in appendix order. */
    public List<Task> tasksOf(Plan plan) {
        return Task.list("plan", Sort.by("position").and("id"), plan);
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public TaskView create(long planId, TaskInput input) {
        Plan plan = plans.editable(planId);
        List<Task> existing = tasksOf(plan);
        Task task = new Task();
        task.plan = plan;
        apply(task, input, plan, "");
        insertAtEndOfSection(task, existing);
        List<Task> all = new ArrayList<>(existing);
        all.add(task);
        renumber(all);
        task.persist();
        em.flush();
        return view(task, true);
    }

    @Transactional
    public TaskView update(long taskId, String ifMatch, TaskInput input) {
        Task task = visible(taskId);
        Plan plan = plans.editable(task.plan.id);
        Etags.requireMatch(ifMatch, task.version);
        String oldSection = task.sectionCode;
        apply(task, input, plan, "");
        if (!java.util.Objects.equals(oldSection, task.sectionCode)) {
            List<Task> others = tasksOf(plan).stream().filter(t -> t != task).collect(Collectors.toList());
            insertAtEndOfSection(task, others);
            others.add(task);
            others.sort(java.util.Comparator.comparingInt(t -> t.position));
            renumber(others);
        }
        em.flush();
        return view(task, true);
    }

    @Transactional
    public void delete(long taskId, String ifMatch) {
        Task task = visible(taskId);
        Plan plan = plans.editable(task.plan.id);
        Etags.checkMatch(ifMatch, task.version);
        task.delete();
        em.flush();
        renumber(tasksOf(plan));
    }

    /** Puts every task of the plan in the given order and renumbers them within their sections. */
    @Transactional
    public TaskPage reorder(long planId, List<Long> taskIds) {
        Plan plan = plans.editable(planId);
        List<Task> tasks = tasksOf(plan);
        Map<Long, Task> byId = tasks.stream().collect(Collectors.toMap(t -> t.id, t -> t));
        if (taskIds.size() != tasks.size() || !byId.keySet().equals(Set.copyOf(taskIds))) {
            throw ProblemException.invalidField("taskIds", "task.order.incomplete", tasks.size());
        }
        List<Task> ordered = taskIds.stream().map(byId::get).toList();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).position = i;
        }
        renumber(ordered);
        em.flush();
        List<TaskView> views = ordered.stream().map(t -> view(t, true)).toList();
        return new TaskPage(views, 0, views.size(), views.size());
    }

    /** Saves all the tasks or none; with {@code replace} the plan's existing tasks go first. */
    @Transactional
    public TaskPage saveAll(long planId, List<TaskInput> inputs, boolean replace) {
        return persistAll(plans.editable(planId), inputs, replace);
    }

    /** {@link #saveAll} without checking the caller: for data loading. */
    TaskPage persistAll(Plan plan, List<TaskInput> inputs, boolean replace) {
        List<Task> existing = tasksOf(plan);
        if (replace) {
            existing.forEach(Task::delete);
            em.flush();
            existing = new ArrayList<>();
        }
        List<Task> all = new ArrayList<>(existing);
        List<Task> created = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Task task = new Task();
            task.plan = plan;
            // the first task that fails stops the whole batch (the transaction rolls back)
            apply(task, inputs.get(i), plan, "tasks[" + i + "].");
            task.position = all.size();
            all.add(task);
            created.add(task);
        }
        renumber(all);
        created.forEach(t -> t.persist());
        em.flush();
        List<TaskView> views = created.stream().map(t -> view(t, true)).toList();
        return new TaskPage(views, 0, views.size(), views.size());
    }

    /** Copies tasks of a parent plan into a new implementing plan (a draft the caller just created). */
    @Transactional
    public void copyInto(Plan target, List<Task> parentTasks, Unit implementer) {
        int position = 0;
        List<Task> copies = new ArrayList<>();
        for (Task parent : parentTasks) {
            Task t = new Task();
            t.plan = target;
            t.position = position++;
            t.sectionCode = parent.sectionCode;
            t.sectionTitle = parent.sectionTitle;
            t.content = parent.content;
            t.expectedOutput = parent.expectedOutput;
            t.targetQuantity = parent.targetQuantity;
            t.targetMeasure = parent.targetMeasure;
            t.targetMetric = parent.targetMetric;
            t.targetPerUnit = parent.targetPerUnit;
            t.timeframeText = parent.timeframeText;
            t.timeframeKind = parent.timeframeKind;
            t.timeframeQuarters = parent.timeframeQuarters;
            t.startDate = parent.startDate;
            t.endDate = parent.endDate;
            t.tags.addAll(parent.tags);
            t.parentTask = parent;
            TaskAssignment lead = new TaskAssignment();
            lead.task = t;
            lead.role = AssignmentRole.LEAD;
            lead.unit = implementer;
            lead.text = implementer.name;
            t.assignments.add(lead);
            copies.add(t);
        }
        renumber(copies);
        copies.forEach(t -> t.persist());
        em.flush();
    }

    private static void insertAtEndOfSection(Task task, List<Task> existing) {
        int insertAt = existing.size();
        for (int i = existing.size() - 1; i >= 0; i--) {
            if (java.util.Objects.equals(existing.get(i).sectionCode, task.sectionCode)) {
                insertAt = i + 1;
                break;
            }
        }
        for (Task t : existing) {
            if (t.position >= insertAt) {
                t.position++;
            }
        }
        task.position = insertAt;
    }

    /** Positions 0..n-1 in the given order; TT numbers restart at 1 in each section. */
    private static void renumber(List<Task> ordered) {
        Map<String, Integer> counters = new HashMap<>();
        List<Task> sorted = new ArrayList<>(ordered);
        sorted.sort(java.util.Comparator.comparingInt(t -> t.position));
        for (int i = 0; i < sorted.size(); i++) {
            Task t = sorted.get(i);
            t.position = i;
            String section = t.sectionCode == null ? "" : t.sectionCode;
            int next = counters.merge(section, 1, Integer::sum);
            t.orderNo = next;
        }
    }

    /** Copies input onto the task, checking units, reference codes and the timeframe; {@code prefix} prefixes field names. */
    void apply(Task task, TaskInput in, Plan plan, String prefix) {
        task.sectionCode = blankToNull(in.sectionCode());
        task.sectionTitle = task.sectionCode == null ? null : blankToNull(in.sectionTitle());
        task.content = in.content().strip();
        task.expectedOutput = blankToNull(in.expectedOutput());
        task.budgetVnd = in.budgetVnd();
        TargetDto target = in.target();
        if (target == null) {
            task.targetQuantity = null;
            task.targetMeasure = null;
            task.targetMetric = null;
            task.targetPerUnit = false;
        } else {
            if (target.metric() != null) {
                references.requireCodes(RefList.METRIC, List.of(target.metric()), prefix + "target.metric");
            }
            task.targetQuantity = target.quantity();
            task.targetMeasure = blankToNull(target.measure());
            task.targetMetric = blankToNull(target.metric());
            task.targetPerUnit = Boolean.TRUE.equals(target.perUnit());
        }
        task.tags.clear();
        tag(task, RefList.COMMUNICATION_FORM, in.forms(), prefix + "forms");
        tag(task, RefList.CCHC_AREA, in.areas(), prefix + "areas");
        tag(task, RefList.INDEX, in.indices(), prefix + "indices");
        tag(task, RefList.PAPI_DIMENSION, in.papiDimensions(), prefix + "papiDimensions");
        applyTimeframe(task, in.timeframe(), plan.year, prefix + "timeframe");
        task.assignments.clear();
        addAssignments(task, AssignmentRole.LEAD, in.lead(), plan, prefix + "lead");
        addAssignments(task, AssignmentRole.COOPERATING, in.cooperating(), plan, prefix + "cooperating");
        if (in.parentTaskId() == null) {
            task.parentTask = null;
        } else {
            Task parent = Task.findById(in.parentTaskId());
            if (parent == null || !policy.visibility().allows(parent.plan.issuingUnit, parent.plan.status.published())) {
                throw ProblemException.of(ProblemType.NOT_FOUND, prefix + "parentTaskId", "error.not-found.task",
                        in.parentTaskId());
            }
            if (plan.parent == null || !parent.plan.id.equals(plan.parent.id)) {
                throw ProblemException.invalidField(prefix + "parentTaskId", "task.parent.not-in-parent-plan",
                        in.parentTaskId());
            }
            task.parentTask = parent;
        }
    }

    private void tag(Task task, RefList list, List<String> codes, String field) {
        if (codes == null) {
            return;
        }
        references.requireCodes(list, codes, field);
        codes.forEach(c -> task.tags.add(new TaskTag(list.name(), c)));
    }

    private static void applyTimeframe(Task task, TimeframeInput in, int year, String field) {
        if (in == null || (in.kind() == null && (in.text() == null || in.text().isBlank()))) {
            set(task, in == null ? null : blankToNull(in.text()), TimeframeKind.UNSPECIFIED, null, null, null);
            return;
        }
        String text = blankToNull(in.text());
        if (in.kind() == null) {
            Timeframe parsed = TimeframeParser.parse(text, year).orElse(null);
            if (parsed == null) {
                set(task, text, TimeframeKind.UNSPECIFIED, null, null, null);
            } else {
                set(task, text, parsed.kind(), parsed.quarters(), parsed.start(), parsed.end());
            }
            return;
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        switch (in.kind()) {
            case WHOLE_YEAR, ONGOING, MONTHLY, QUARTERLY -> set(task, text, in.kind(), null,
                    in.start() == null ? yearStart : in.start(), in.end() == null ? yearEnd : in.end());
            case QUARTERS -> {
                if (in.quarters() == null || in.quarters().isEmpty()) {
                    throw ProblemException.invalidField(field + ".quarters", "task.timeframe.quarters");
                }
                List<Integer> q = in.quarters().stream().distinct().sorted().toList();
                LocalDate start = LocalDate.of(year, (q.get(0) - 1) * 3 + 1, 1);
                LocalDate end = LocalDate.of(year, q.get(q.size() - 1) * 3, 1).plusMonths(1).minusDays(1);
                set(task, text, in.kind(), q, start, end);
            }
            case DATE -> {
                LocalDate date = in.end() != null ? in.end() : in.start();
                if (date == null) {
                    throw ProblemException.invalidField(field + ".end", "task.timeframe.date");
                }
                set(task, text, in.kind(), null, date, date);
            }
            case DATE_RANGE -> {
                if (in.start() == null || in.end() == null) {
                    throw ProblemException.invalidField(field + (in.start() == null ? ".start" : ".end"),
                            "task.timeframe.range");
                }
                if (in.end().isBefore(in.start())) {
                    throw ProblemException.invalidField(field + ".end", "task.timeframe.end-before-start");
                }
                set(task, text, in.kind(), null, in.start(), in.end());
            }
            case UNSPECIFIED -> set(task, text, in.kind(), null, null, null);
        }
    }

    private static void set(Task task, String text, TimeframeKind kind, List<Integer> quarters, LocalDate start,
            LocalDate end) {
        task.timeframeText = text;
        task.timeframeKind = kind;
        task.timeframeQuarters = quarters == null || quarters.isEmpty() ? null
                : quarters.stream().map(String::valueOf).collect(Collectors.joining(","));
        task.startDate = start;
        task.endDate = end;
    }

    private void addAssignments(Task task, AssignmentRole role, List<AssignmentInput> inputs, Plan plan, String field) {
        if (inputs == null) {
            return;
        }
        Set<Object> seen = new java.util.HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            AssignmentInput in = inputs.get(i);
            String at = field + "[" + i + "]";
            TaskAssignment a = new TaskAssignment();
            a.task = task;
            a.role = role;
            a.position = i;
            String text = blankToNull(in.text());
            if (in.unitId() != null && in.group() != null) {
                throw ProblemException.invalidField(at, "task.assignment.both");
            }
            if (in.unitId() != null) {
                Unit unit = units.find(in.unitId()).orElseThrow(
                        () -> ProblemException.invalidField(at + ".unitId", "plan.unit.unknown", in.unitId()));
                if (!plan.issuingUnit.contains(unit)) {
                    throw ProblemException.invalidField(at + ".unitId", "task.assignment.outside", unit.name,
                            plan.issuingUnit.name);
                }
                a.unit = unit;
                a.text = text == null ? unit.name : text;
            } else if (in.group() != null) {
                a.unitGroup = in.group();
                a.text = text == null ? groupLabel(in.group()) : text;
            } else if (text != null) {
                a.text = text;
            } else {
                throw ProblemException.invalidField(at, "task.assignment.empty");
            }
            Object key = a.unit != null ? a.unit.id : a.unitGroup != null ? a.unitGroup : TextNormalizer.fold(a.text);
            if (seen.add(key)) {
                task.assignments.add(a);
            }
        }
    }

    static String groupLabel(UnitGroup group) {
        return switch (group) {
            case DEPARTMENTS -> "Các Sở, ban, ngành";
            case COMMUNES -> "UBND cấp xã";
            case ALL_LOCAL -> "Các cơ quan, đơn vị, địa phương";
            case PUBLIC_SERVICE_UNITS -> "Các đơn vị sự nghiệp công lập";
            case RELATED -> "Các cơ quan, đơn vị liên quan";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---------------------------------------------------------------- who a task falls on

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
        Map<Long, Task> byId = ids.isEmpty() ? Map.of()
                : Task.<Task>list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, t -> t));
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
        return new UnitTask(view(t, plans.isEditable(t.plan)), PlanRef.of(t.plan), best.role,
                best.unit != null ? Via.DIRECT : Via.GROUP, best.unitGroup);
    }

    private static int rank(TaskAssignment a) {
        return (a.role == AssignmentRole.LEAD ? 0 : 2) + (a.unit != null ? 0 : 1);
    }

    // ---------------------------------------------------------------- views

    TaskView view(Task t, boolean editable) {
        return new TaskView(t.id, t.plan.id, t.position, t.sectionCode, t.sectionTitle, t.orderNo, t.content,
                t.tagCodes(RefList.COMMUNICATION_FORM.name()), t.tagCodes(RefList.CCHC_AREA.name()),
                t.tagCodes(RefList.INDEX.name()), t.tagCodes(RefList.PAPI_DIMENSION.name()),
                assignmentViews(t, AssignmentRole.LEAD), assignmentViews(t, AssignmentRole.COOPERATING),
                t.expectedOutput,
                t.targetQuantity == null ? null
                        : new TargetDto(t.targetQuantity, t.targetMeasure, t.targetMetric, t.targetPerUnit),
                t.budgetVnd, timeframe(t), t.parentTask == null ? null : ref(t.parentTask), t.version, editable);
    }

    public static TimeframeView timeframe(Task t) {
        List<Integer> quarters = t.timeframeQuarters == null ? List.of()
                : Arrays.stream(t.timeframeQuarters.split(",")).map(Integer::valueOf).toList();
        return new TimeframeView(t.timeframeText, t.timeframeKind, quarters, t.startDate, t.endDate);
    }

    public static TaskRef ref(Task t) {
        String c = t.content.replaceAll("\\s+", " ").strip();
        return new TaskRef(t.id, t.plan.id, t.sectionCode, t.orderNo, c.length() > 200 ? c.substring(0, 199) + "…" : c);
    }

    private static List<AssignmentView> assignmentViews(Task t, AssignmentRole role) {
        return t.assignments(role).stream().map(a -> new AssignmentView(a.unit == null ? null : UnitRef.of(a.unit),
                a.unitGroup, a.text, a.unit != null || a.unitGroup != null)).toList();
    }

    static Collection<String> codes(Collection<TaskTag> tags) {
        return tags.stream().map(t -> t.code).toList();
    }
}
