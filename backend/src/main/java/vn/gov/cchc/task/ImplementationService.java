package vn.gov.cchc.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.common.ReadOnlySession;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanDtos.PlanInput;
import vn.gov.cchc.plan.PlanDtos.PlanView;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitService;

/**
 * Implementing plans: each unit a plan assigns work to issues its own plan covering those tasks.
 * Creates such a plan from its parent, and shows the parent's coordinator who has one and what it
 * leaves out.
 */
@ApplicationScoped
public class ImplementationService {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    UnitService units;

    @Inject
    AccessPolicy policy;

    @Schema(name = "ImplementingPlanRequest", description = "Create the implementing plan of a unit from the plan it implements")
    public record ImplementingPlanRequest(
            @Schema(required = true, description = "The unit that issues the implementing plan: one the parent plan assigns work to",
                    example = "35") @NotNull Long issuingUnitId,
            @Schema(nullable = true, maxLength = 500, description = "Title; the parent's title when absent") @Size(max = 500,
                    message = "{cchc.text.max}") String title) {
    }

    @Schema(name = "ImplementingPlanRef", description = "A unit's implementing plan")
    public record ImplementingPlanRef(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true, nullable = true, example = "12/KH-UBND") String number,
            @Schema(required = true, nullable = true) LocalDate issuedOn) {
    }

    @Schema(name = "CoverageRow", description = "One unit the plan assigns work to")
    public record CoverageRow(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true, description = "True when the unit leads at least one task") boolean leads,
            @Schema(required = true, description = "How many of the plan's tasks fall on the unit") int taskCount,
            @Schema(required = true, nullable = true,
                    description = "Its implementing plan, issued or still a draft; null when it has none") ImplementingPlanRef implementingPlan,
            @Schema(required = true, description = "True when that plan has been issued") boolean issued,
            @Schema(required = true,
                    description = "Tasks of the parent that fall on the unit and that its implementing plan does not take over (all of them when it has none)") List<TaskRef> uncoveredTasks) {
    }

    @Schema(name = "Coverage",
            description = "For a plan: every unit it assigns work to, whether it has issued an implementing plan, and what that plan leaves out")
    public record Coverage(
            @Schema(required = true) long planId,
            @Schema(required = true, description = "Units assigned work, directly or through a group") int units,
            @Schema(required = true, description = "Of these, how many have issued an implementing plan") int issued,
            @Schema(required = true) List<CoverageRow> rows) {
    }

    @Transactional
    public PlanView createImplementingPlan(long parentId, ImplementingPlanRequest request) {
        Plan parent = plans.visible(parentId);
        if (parent.status != PlanStatus.ISSUED) {
            throw ProblemException.invalidState(List.of(), "task.implementing.parent-not-issued");
        }
        Unit unit = units.find(request.issuingUnitId())
                .orElseThrow(() -> ProblemException.invalidField("issuingUnitId", "plan.unit.unknown", request.issuingUnitId()));
        if (!policy.mayWriteFor(unit)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "issuingUnitId", "plan.unit.outside-scope", unit.name);
        }
        List<Task> falling = fallingOn(parent, unit);
        if (falling.isEmpty()) {
            throw ProblemException.invalidField("issuingUnitId", "task.implementing.nothing-assigned", unit.name);
        }
        Plan existing = plans.implementingPlanOf(parent, unit).orElse(null);
        if (existing != null) {
            throw ProblemException.of(ProblemType.CONFLICT, "issuingUnitId", "task.implementing.exists", unit.name,
                    String.valueOf(existing.id));
        }
        String basis = "Kế hoạch số " + parent.number() + " ngày " + parent.issuedOn.format(VN_DATE) + " của "
                + parent.issuingUnit.name + " về " + lowerFirst(parent.title);
        String title = request.title() == null || request.title().isBlank() ? parent.title : request.title().strip();
        PlanView created = plans.create(new PlanInput(parent.kind, parent.year, title, unit.id, null, parent.id,
                List.of(basis.length() > 1000 ? basis.substring(0, 1000) : basis), null, List.of(), null));
        tasks.copyInto(plans.find(created.id()), falling, unit);
        return plans.read(created.id());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The parent's tasks that fall on {@code unit}, in appendix order. */
    List<Task> fallingOn(Plan parent, Unit unit) {
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        return tasks.tasksOf(parent).stream().filter(t -> tasks.unitsOf(t, cache).containsKey(unit)).toList();
    }

    @Transactional
    public Coverage coverage(long planId) {
        // a read of every implementing plan, its tasks and units: nothing to check for changes before each query
        ReadOnlySession.of(Task.getEntityManager());
        Plan plan = plans.visible(planId);
        if (!policy.mayWriteFor(plan.issuingUnit)) {
            throw ProblemException.forbidden("task.coverage.forbidden");
        }
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        Map<Unit, List<Task>> byUnit = new LinkedHashMap<>();
        Map<Unit, Boolean> leads = new HashMap<>();
        List<Task> all = tasks.tasksOf(plan);
        for (Task t : all) {
            tasks.unitsOf(t, cache).forEach((u, role) -> {
                if (u.id.equals(plan.issuingUnit.id)) {
                    return;
                }
                byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(t);
                leads.merge(u, role == AssignmentRole.LEAD, Boolean::logicalOr);
            });
        }
        Map<Long, Plan> implementing = new HashMap<>();
        for (Plan child : plans.implementingPlansOf(plan)) {
            Plan current = implementing.get(child.issuingUnit.id);
            if (current == null || rank(child) > rank(current)) {
                implementing.put(child.issuingUnit.id, child);
            }
        }
        List<CoverageRow> rows = new ArrayList<>();
        int issued = 0;
        List<Unit> ordered = new ArrayList<>(byUnit.keySet());
        ordered.sort(Comparator.comparing((Unit u) -> u.kind.ordinal()).thenComparing(u -> u.path));
        Map<Long, Set<Long>> coveredBy = implementedTasks(implementing.values());
        for (Unit u : ordered) {
            Plan child = implementing.get(u.id);
            Set<Long> covered = child == null ? Set.of() : coveredBy.getOrDefault(child.id, Set.of());
            List<TaskRef> uncovered = byUnit.get(u).stream().filter(t -> !covered.contains(t.id)).map(TaskService::ref)
                    .toList();
            boolean isIssued = child != null && child.status.published();
            if (isIssued) {
                issued++;
            }
            rows.add(new CoverageRow(UnitRef.of(u), leads.getOrDefault(u, false), byUnit.get(u).size(),
                    child == null ? null
                            : new ImplementingPlanRef(child.id, child.title, child.status, child.number(), child.issuedOn),
                    isIssued, uncovered));
        }
        return new Coverage(plan.id, rows.size(), issued, rows);
    }

    /**
     * For each of these implementing plans, the parent tasks its tasks implement: one query for them all (one per
     * plan, each auto-flushing a session that holds every plan's tasks, took 6.5 s for a province plan's 136).
     */
    private Map<Long, Set<Long>> implementedTasks(Collection<Plan> children) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (children.isEmpty()) {
            return out;
        }
        Task.getEntityManager()
                .createQuery("select t.plan.id, t.parentTask.id from Task t where t.plan in :children and t.parentTask is not null",
                        Object[].class)
                .setParameter("children", children).getResultList()
                .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        return out;
    }

    /** Issued beats draft; then the later one. */
    private static long rank(Plan p) {
        return (p.status.published() ? 1L << 40 : 0) + p.id;
    }
}
