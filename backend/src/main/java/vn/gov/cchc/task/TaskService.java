package vn.gov.cchc.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.task.TaskDtos.TaskInput;
import vn.gov.cchc.task.TaskDtos.TaskPage;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.task.TaskDtos.TaskView;
import vn.gov.cchc.task.TaskDtos.TimeframeView;
import vn.gov.cchc.task.TaskDtos.UnitTaskPage;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/** A plan's appendix: its tasks and their order; who they fall on is {@link UnitTasks}, the input rules {@link TaskInputs}. */
@ApplicationScoped
public class TaskService {

    static final Map<String, String> UNIT_TASK_SORTS = UnitTasks.UNIT_TASK_SORTS;

    @Inject
    PlanService plans;

    @Inject
    UnitService units;

    @Inject
    TaskInputs mapper;

    @Inject
    UnitTasks unitTasks;

    @Inject
    TaskMembership membership;

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
                .map(t -> TaskViews.view(t, editable)).toList();
        return new TaskPage(items, paging.page(), paging.size(), total);
    }

    @Transactional
    public TaskView read(long taskId) {
        Task task = visible(taskId);
        return TaskViews.view(task, plans.isEditable(task.plan));
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

    /**
     * Of the given plans, those with a task assigned to a unit group ("UBND cấp xã"): the only plans whose
     * obligations can reach a unit that joins the tree.
     */
    public java.util.Set<Long> plansAssigningGroups(java.util.Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(TaskAssignment.getEntityManager().createQuery(
                "select distinct a.task.plan.id from TaskAssignment a where a.unitGroup is not null and a.task.plan.id in :plans", Long.class)
                .setParameter("plans", planIds).getResultList());
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
        mapper.apply(task, input, plan, "");
        insertAtEndOfSection(task, existing);
        List<Task> all = new ArrayList<>(existing);
        all.add(task);
        renumber(all);
        task.persist();
        em.flush();
        membership.refreshTasks(plan, List.of(task.id));
        membership.syncPositions(plan);
        return TaskViews.view(task, true);
    }

    @Transactional
    public TaskView update(long taskId, String ifMatch, TaskInput input) {
        Task task = visible(taskId);
        Plan plan = plans.editable(task.plan.id);
        Etags.requireMatch(ifMatch, task.version);
        String oldSection = task.sectionCode;
        mapper.apply(task, input, plan, "");
        if (!java.util.Objects.equals(oldSection, task.sectionCode)) {
            List<Task> others = tasksOf(plan).stream().filter(t -> t != task).collect(Collectors.toList());
            insertAtEndOfSection(task, others);
            others.add(task);
            others.sort(java.util.Comparator.comparingInt(t -> t.position));
            renumber(others);
            em.flush();
            membership.syncPositions(plan);
        }
        em.flush();
        membership.refreshTasks(plan, List.of(task.id));
        return TaskViews.view(task, true);
    }

    @Transactional
    public void delete(long taskId, String ifMatch) {
        Task task = visible(taskId);
        Plan plan = plans.editable(task.plan.id);
        Etags.checkMatch(ifMatch, task.version);
        task.delete();
        em.flush();
        renumber(tasksOf(plan));
        membership.syncPositions(plan);
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
        membership.syncPositions(plan);
        List<TaskView> views = ordered.stream().map(t -> TaskViews.view(t, true)).toList();
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
            mapper.apply(task, inputs.get(i), plan, "tasks[" + i + "].");
            task.position = all.size();
            all.add(task);
            created.add(task);
        }
        renumber(all);
        created.forEach(t -> t.persist());
        em.flush();
        membership.refreshTasks(plan, created.stream().map(t -> t.id).toList());
        membership.syncPositions(plan);
        List<TaskView> views = created.stream().map(t -> TaskViews.view(t, true)).toList();
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
        membership.refreshTasks(target, copies.stream().map(t -> t.id).toList());
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

    // ---------------------------------------------------------------- for other features

    /**
     * The units a task's entries name, groups expanded below the plan's issuer, with the strongest
     * role; {@code groupCache} may be shared across the tasks of one plan.
     */
    public Map<Unit, AssignmentRole> unitsOf(Task task, Map<UnitGroup, List<Unit>> groupCache) {
        return unitTasks.unitsOf(task, groupCache);
    }

    /** The tasks that fall on a unit, directly or through a group, in plans the caller may see. */
    public UnitTaskPage forUnit(long unitId, Long planId, AssignmentRole role, String area, String index,
            TimeframeKind timeframeKind, String q, PageRequest paging) {
        return unitTasks.forUnit(unitId, planId, role, area, index, timeframeKind, q, paging);
    }

    public static TimeframeView timeframe(Task t) {
        return TaskViews.timeframe(t);
    }

    public static TaskRef ref(Task t) {
        return TaskViews.ref(t);
    }
}
