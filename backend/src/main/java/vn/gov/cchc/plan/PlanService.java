package vn.gov.cchc.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.plan.PlanDtos.IssuePlanRequest;
import vn.gov.cchc.plan.PlanDtos.PlanInput;
import vn.gov.cchc.plan.PlanDtos.PlanPermissions;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanDtos.PlanSummary;
import vn.gov.cchc.plan.PlanDtos.PlanView;
import vn.gov.cchc.plan.PlanDtos.SectionsDto;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.Visibility;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitService;

/** Plans and their lifecycle draft → issued → closed, within what the caller may see and change. */
@ApplicationScoped
public class PlanService {

    static final Map<String, String> SORTS = Map.of("updatedAt", "updatedAt", "issuedOn", "issuedOn", "year", "year",
            "title", "title");

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    UnitService units;

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<PlanEvents.Issued> issuedEvents;

    @Inject
    jakarta.enterprise.event.Event<PlanEvents.Closed> closedEvents;

    /** Working days within which assigned units issue their implementing plans, unless the plan says otherwise. */
    public static final int DEFAULT_IMPLEMENTING_DAYS = 15;

    public record Filter(String q, Integer year, PlanStatus status, PlanKind kind, Long issuingUnitId) {
    }

    public PlanPage list(Filter filter, PageRequest paging) {
        Visibility v = policy.visibility();
        if (v.nothing()) {
            return new PlanPage(List.of(), paging.page(), paging.size(), 0);
        }
        StringBuilder where = new StringBuilder();
        Parameters params = new Parameters();
        where.append(visibilityClause(v, params));
        if (filter.year() != null) {
            where.append(" and p.year = :year");
            params.and("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.and("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" and p.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.issuingUnitId() != null) {
            where.append(" and p.issuingUnit.id = :issuer");
            params.and("issuer", filter.issuingUnitId());
        }
        TextNormalizer.appendSearch(where, params, "p.searchText", filter.q());
        Sort sort = Sort.by("p." + paging.sortProperty(),
                paging.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                .and("p.id", Sort.Direction.Descending);
        var query = Plan.<Plan>find("from Plan p where " + where, sort, params);
        long total = query.count();
        List<PlanSummary> items = query.page(paging.page(), paging.size()).list().stream().map(PlanSummary::of)
                .toList();
        return new PlanPage(items, paging.page(), paging.size(), total);
    }

    /**
     * The JPQL condition that keeps plans (alias {@code p}) the caller may see, for queries of other
     * features over plans' children (tasks, reports); adds its parameters to {@code params}.
     */
    public String visibleCondition(Parameters params) {
        Visibility v = policy.visibility();
        return v.nothing() ? "1 = 0" : visibilityClause(v, params);
    }

    /** The plan if the caller may change its content (a draft in their scope): else 403 or 409. */
    public Plan editable(long id) {
        Plan plan = visible(id);
        requireWrite(plan);
        requireDraft(plan);
        return plan;
    }

    /** True when the caller may change the plan's content now. */
    public boolean isEditable(Plan plan) {
        return isEditable(plan.status, plan.issuingUnit);
    }

    /** {@link #isEditable(Plan)} from a plan's status and issuer (for lists that do not load the plan). */
    public boolean isEditable(PlanStatus status, vn.gov.cchc.unit.Unit issuer) {
        return status == PlanStatus.DRAFT && policy.mayWriteFor(issuer);
    }

    private static String visibilityClause(Visibility v, Parameters params) {
        if (v.everything()) {
            return v.publishedOnly() ? "p.status <> 'DRAFT'" : "1 = 1";
        }
        List<String> parts = new ArrayList<>();
        if (v.subtreePath() != null) {
            params.and("subtree", v.subtreePath() + "%");
            parts.add(v.publishedOnly() ? "(p.issuingUnit.path like :subtree and p.status <> 'DRAFT')"
                    : "p.issuingUnit.path like :subtree");
        }
        if (!v.ancestorIds().isEmpty()) {
            params.and("ancestors", v.ancestorIds());
            parts.add("(p.issuingUnit.id in :ancestors and p.status <> 'DRAFT')");
        }
        return "(" + String.join(" or ", parts) + ")";
    }

    /** The plan as the caller sees it, or 404. */
    @Transactional
    public PlanView read(long id) {
        return view(visible(id));
    }

    /** The plan if the caller may see it; otherwise 404, as if it did not exist. */
    public Plan visible(long id) {
        Plan plan = Plan.findById(id);
        if (plan == null || !policy.visibility().allows(plan.issuingUnit, plan.status.published())) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }

    public PlanView view(Plan p) {
        return new PlanView(p.id, p.kind, p.year, p.title, p.status, UnitRef.of(p.issuingUnit), p.place,
                p.parent == null ? null : PlanRef.of(p.parent), List.copyOf(p.legalBases), SectionsDto.of(p.sections()),
                List.copyOf(p.recipients), implementingPlanDays(p), p.number(), p.issuedOn, p.effectiveOn, p.signerName, p.signerPosition,
                p.signingCapacity, p.closedAt, p.createdAt, p.updatedAt, p.version, permissions(p));
    }

    /** The plan's implementing-plan time in working days (15 unless set; 0: none required). */
    public static int implementingPlanDays(Plan p) {
        return p.implementingPlanDays == null ? DEFAULT_IMPLEMENTING_DAYS : p.implementingPlanDays;
    }

    public PlanPermissions permissions(Plan p) {
        boolean write = policy.mayWriteFor(p.issuingUnit);
        boolean sign = policy.maySignFor(p.issuingUnit);
        boolean draft = p.status == PlanStatus.DRAFT;
        return new PlanPermissions(draft && write, draft && write, draft && sign, p.status == PlanStatus.ISSUED && sign);
    }

    @Transactional
    public PlanView create(PlanInput input) {
        Unit issuer = issuingUnit(input.issuingUnitId());
        Plan plan = new Plan();
        plan.createdBy = user.username();
        apply(plan, input, issuer);
        plan.persistAndFlush();
        return view(plan);
    }

    @Transactional
    public PlanView update(long id, String ifMatch, PlanInput input) {
        Plan plan = visible(id);
        requireWrite(plan);
        Etags.requireMatch(ifMatch, plan.version);
        requireDraft(plan);
        Unit issuer = issuingUnit(input.issuingUnitId());
        apply(plan, input, issuer);
        plan.updatedAt = Instant.now();
        em.flush();
        return view(plan);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Plan plan = visible(id);
        requireWrite(plan);
        Etags.checkMatch(ifMatch, plan.version);
        requireDraft(plan);
        if (Plan.count("parent", plan) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "plan.delete.has-children");
        }
        plan.delete();
    }

    @Transactional
    public PlanView issue(long id, String ifMatch, IssuePlanRequest request) {
        Plan plan = visible(id);
        requireSign(plan);
        Etags.checkMatch(ifMatch, plan.version);
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.invalidState(allowedActions(plan), "plan.state.not-draft", plan.status);
        }
        PlanNumber number = PlanNumber.parse(request.number());
        LocalDate effective = request.effectiveOn() == null ? request.issuedOn() : request.effectiveOn();
        if (effective.isBefore(request.issuedOn())) {
            throw ProblemException.invalidField("effectiveOn", "plan.effective.before-issue");
        }
        if (request.issuedOn().getYear() < 2000 || request.issuedOn().getYear() > 2100) {
            throw ProblemException.invalidField("issuedOn", "plan.issued.year-range");
        }
        int issuedYear = request.issuedOn().getYear();
        long taken = Plan.count("issuingUnit = ?1 and issuedYear = ?2 and docNumber = ?3 and docSymbol = ?4 and id <> ?5",
                plan.issuingUnit, issuedYear, number.sequence(), number.symbol(), plan.id);
        if (taken > 0) {
            throw duplicateNumber(number, issuedYear);
        }
        plan.docNumber = number.sequence();
        plan.docSymbol = number.symbol();
        plan.issuedYear = issuedYear;
        plan.issuedOn = request.issuedOn();
        plan.effectiveOn = effective;
        plan.signerName = request.signerName().trim();
        plan.signerPosition = request.signerPosition().trim();
        plan.signingCapacity = blankToNull(request.signingCapacity());
        plan.status = PlanStatus.ISSUED;
        plan.updatedAt = Instant.now();
        try {
            em.flush();
        } catch (PersistenceException e) {
            // another request took the same number between our check and our write
            if (isUniqueViolation(e)) {
                throw duplicateNumber(number, issuedYear);
            }
            throw e;
        }
        issuedEvents.fire(new PlanEvents.Issued(plan.id));
        return view(plan);
    }

    @Transactional
    public PlanView close(long id, String ifMatch) {
        Plan plan = visible(id);
        requireSign(plan);
        Etags.checkMatch(ifMatch, plan.version);
        if (plan.status != PlanStatus.ISSUED) {
            throw ProblemException.invalidState(allowedActions(plan), "plan.state.not-issued", plan.status);
        }
        plan.status = PlanStatus.CLOSED;
        plan.closedAt = Instant.now();
        plan.updatedAt = plan.closedAt;
        em.flush();
        closedEvents.fire(new PlanEvents.Closed(plan.id));
        return view(plan);
    }

    private ProblemException duplicateNumber(PlanNumber number, int year) {
        return ProblemException.of(ProblemType.DUPLICATE_NUMBER, "number", "plan.number.taken", number.text(), year);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private List<String> allowedActions(Plan p) {
        PlanPermissions perm = permissions(p);
        List<String> allowed = new ArrayList<>();
        if (perm.canEdit()) {
            allowed.add("update");
        }
        if (perm.canDelete()) {
            allowed.add("delete");
        }
        if (perm.canIssue()) {
            allowed.add("issue");
        }
        if (perm.canClose()) {
            allowed.add("close");
        }
        return allowed;
    }

    private void requireWrite(Plan plan) {
        if (!policy.mayWriteFor(plan.issuingUnit)) {
            throw ProblemException.forbidden("plan.forbidden.write");
        }
    }

    private void requireSign(Plan plan) {
        if (!policy.maySignFor(plan.issuingUnit)) {
            throw ProblemException.forbidden("plan.forbidden.sign");
        }
    }

    private void requireDraft(Plan plan) {
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.invalidState(allowedActions(plan), "plan.state.not-draft", plan.status);
        }
    }

    private Unit issuingUnit(Long id) {
        Unit issuer = units.find(id).orElseThrow(() -> ProblemException.invalidField("issuingUnitId", "plan.unit.unknown", id));
        if (!policy.mayWriteFor(issuer)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "issuingUnitId", "plan.unit.outside-scope", issuer.name);
        }
        return issuer;
    }

    private void apply(Plan plan, PlanInput in, Unit issuer) {
        apply(plan, in, issuer, true);
    }

    /** {@code asCaller}: the parent must be visible to the caller (false for data loading, which has none). */
    private void apply(Plan plan, PlanInput in, Unit issuer, boolean asCaller) {
        plan.kind = in.kind();
        plan.year = in.year();
        plan.title = in.title().trim();
        plan.issuingUnit = issuer;
        plan.place = blankToNull(in.place());
        plan.implementingPlanDays = in.implementingPlanDays();
        if (in.parentPlanId() == null) {
            plan.parent = null;
        } else {
            Plan parent = Plan.findById(in.parentPlanId());
            if (parent == null || (asCaller && !policy.visibility().allows(parent.issuingUnit, parent.status.published()))) {
                throw ProblemException.of(ProblemType.NOT_FOUND, "parentPlanId", "error.not-found.plan", in.parentPlanId());
            }
            if (parent.id.equals(plan.id)) {
                throw ProblemException.invalidField("parentPlanId", "plan.parent.self");
            }
            plan.parent = parent;
        }
        plan.legalBases.clear();
        if (in.legalBases() != null) {
            in.legalBases().forEach(s -> plan.legalBases.add(s.trim()));
        }
        plan.recipients.clear();
        if (in.recipients() != null) {
            in.recipients().forEach(s -> plan.recipients.add(s.trim()));
        }
        SectionsDto s = in.sections();
        PlanSections target = plan.sections == null ? new PlanSections() : plan.sections;
        target.purpose = s == null ? null : blankToNull(s.purpose());
        target.requirements = s == null ? null : blankToNull(s.requirements());
        target.content = s == null ? null : blankToNull(s.content());
        target.forms = s == null ? null : blankToNull(s.forms());
        target.audiences = s == null ? null : blankToNull(s.audiences());
        target.budget = s == null ? null : blankToNull(s.budget());
        target.organisation = s == null ? null : blankToNull(s.organisation());
        plan.sections = target;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * For data loading (demo data, migrations from documents): records a plan as it stands in its
     * source document, issued when {@code issued} is given, without a signed-in caller; its parent
     * ({@code parentPlanId}), when given, is a plan already recorded.
     */
    @Transactional
    public long importPlan(PlanInput input, IssuePlanRequest issued) {
        Unit issuer = units.find(input.issuingUnitId())
                .orElseThrow(() -> ProblemException.invalidField("issuingUnitId", "plan.unit.unknown", input.issuingUnitId()));
        Plan plan = new Plan();
        plan.createdBy = "import";
        apply(plan, input, issuer, false);
        if (issued != null) {
            PlanNumber number = PlanNumber.parse(issued.number());
            plan.docNumber = number.sequence();
            plan.docSymbol = number.symbol();
            plan.issuedYear = issued.issuedOn().getYear();
            plan.issuedOn = issued.issuedOn();
            plan.effectiveOn = issued.effectiveOn() == null ? issued.issuedOn() : issued.effectiveOn();
            plan.signerName = issued.signerName();
            plan.signerPosition = issued.signerPosition();
            plan.signingCapacity = blankToNull(issued.signingCapacity());
            plan.status = PlanStatus.ISSUED;
        }
        plan.persist();
        if (issued != null) {
            em.flush();
            issuedEvents.fire(new PlanEvents.Issued(plan.id));
        }
        return plan.id;
    }

    /** A plan by id without asking who is calling: for data loading and background jobs only. */
    public Plan find(long id) {
        Plan plan = Plan.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }

    public long count() {
        return Plan.count();
    }

    /** The plans that implement {@code parent} (Thực hiện Kế hoạch …), whoever issued them. */
    public List<Plan> implementingPlansOf(Plan parent) {
        return Plan.list("parent", parent);
    }

    /** The plan {@code issuer} made to implement {@code parent}, if any. */
    public java.util.Optional<Plan> implementingPlanOf(Plan parent, Unit issuer) {
        return Plan.find("parent = ?1 and issuingUnit = ?2", parent, issuer).firstResultOptional();
    }

    /** Every issued plan (not closed ones): for deriving obligations without a caller. */
    public List<Plan> issued() {
        return Plan.list("status", PlanStatus.ISSUED);
    }

    /** The issued plans of one issuing unit. */
    public List<Plan> issuedBy(Long issuingUnitId) {
        return Plan.list("issuingUnit.id = ?1 and status = ?2", issuingUnitId, PlanStatus.ISSUED);
    }

    /** The implementing plans of a plan that are issued or closed (not drafts). */
    public List<Plan> issuedChildren(Plan parent) {
        return Plan.list("parent = ?1 and status <> ?2", parent, PlanStatus.DRAFT);
    }
}
