package vn.gov.cchc.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.unit.Unit;

/**
 * The one place that turns the caller into what they may see and change. Features ask it; they do
 * not look at roles or units themselves.
 *
 * <ul>
 * <li>admin: everything;</li>
 * <li>coordinator (Sở Nội vụ): everything owned inside their province, drafts included, and the
 * published objects of the units above the province;</li>
 * <li>leader, officer: everything owned by their unit and the units below it, and the published
 * objects of the units above it;</li>
 * <li>viewer: the published objects of their unit's subtree and of the units above it;</li>
 * <li>province-admin (alone): the published objects of their province and of the units above it; what
 * they may change of the organisation is {@link OrganisationAccess}'s rule;</li>
 * <li>integration: every published object.</li>
 * </ul>
 */
@RequestScoped
public class AccessPolicy {

    @Inject
    CurrentUser user;

    private Visibility visibility;

    public Visibility visibility() {
        if (visibility == null) {
            visibility = compute();
        }
        return visibility;
    }

    private Visibility compute() {
        if (user.isAdmin()) {
            return new Visibility(true, false, null, List.of());
        }
        Optional<Unit> scope = user.writeScope();
        if (scope.isPresent()) {
            Unit root = scope.get();
            return new Visibility(false, false, root.path, root.ancestorIds());
        }
        Optional<Unit> administered = user.administrationScope();
        if (administered.isPresent()) {
            Unit province = administered.get();
            return new Visibility(false, true, province.path, province.ancestorIds());
        }
        if (user.has(Roles.VIEWER) && user.unit().isPresent()) {
            Unit unit = user.unit().get();
            return new Visibility(false, true, unit.path, unit.ancestorIds());
        }
        if (user.has(Roles.INTEGRATION)) {
            return new Visibility(true, true, null, List.of());
        }
        return Visibility.NOTHING;
    }

    /** May the caller draft and edit objects owned by {@code owner}? (admin, or owner inside their write scope) */
    public boolean mayWriteFor(Unit owner) {
        if (user.isAdmin()) {
            return true;
        }
        return user.writeScope().map(scope -> scope.contains(owner)).orElse(false);
    }

    /** May the caller sign off (issue, close) for {@code owner}? Leaders, coordinators and admins within scope. */
    public boolean maySignFor(Unit owner) {
        if (user.isAdmin()) {
            return true;
        }
        return user.hasAny(Roles.COORDINATOR, Roles.LEADER) && mayWriteFor(owner);
    }

    public boolean mayCreate() {
        return user.isAdmin() || user.writeScope().isPresent();
    }

    /**
     * Does the caller's scope cover {@code unit}: the unit lies in the subtree they see (their
     * province for coordinators, their own unit's tree otherwise), or they see everything? This is
     * the rule for naming a unit in a path or a filter (its tasks, deadlines, rates).
     */
    public boolean covers(Unit unit) {
        Visibility v = visibility();
        return unit != null && (v.everything() || (v.subtreePath() != null && unit.path.startsWith(v.subtreePath())));
    }

    /** The caller's own unit (the token's {@code unit} claim); empty when it names none. */
    public Optional<Unit> ownUnit() {
        return user.unit();
    }

    /** The root of what the caller may change (their province for coordinators), else their own unit. */
    public Optional<Unit> scopeOrOwnUnit() {
        return user.writeScope().or(() -> user.unit());
    }
}
