package vn.gov.cchc.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/**
 * Who may see and manage the accounts of the province's people (kept in Keycloak, driven by people/).
 *
 * <ul>
 * <li>Manage (create, change, disable, enable, passwords): admins everywhere; province administrators for
 * accounts whose unit lies in their province ({@link OrganisationAccess}).</li>
 * <li>Read a unit's people: the administrators above; coordinators for the units of their province (to know
 * whom to chase); leaders for their own unit. Officers, viewers and integrations may not (403).</li>
 * <li>Grant roles: officer, leader, coordinator and viewer by any administrator; province-admin by a global
 * admin only; admin and integration never through the API.</li>
 * </ul>
 */
@RequestScoped
public class PeopleAccess {

    /** The roles the accounts API knows, in the order a person's main role is picked. */
    public static final List<String> ACCOUNT_ROLES = List.of(Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COORDINATOR,
            Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION);

    /** The roles an administrator may grant through the API (province-admin: global admins only). */
    public static final List<String> GRANTABLE = List.of(Roles.OFFICER, Roles.LEADER, Roles.COORDINATOR, Roles.VIEWER,
            Roles.PROVINCE_ADMIN);

    @Inject
    CurrentUser user;

    @Inject
    OrganisationAccess organisation;

    @Inject
    UnitService units;

    /** May the caller's role read people at all (else 403)? */
    public boolean mayReadPeople() {
        return organisation.isAdministrator() || user.hasAny(Roles.COORDINATOR, Roles.LEADER);
    }

    /** May the caller read the people of {@code unit} (else 404, when {@link #mayReadPeople()})? */
    public boolean mayReadPeopleOf(Unit unit) {
        if (unit == null) {
            return false;
        }
        if (organisation.mayAdminister(unit)) {
            return true;
        }
        if (user.has(Roles.COORDINATOR)) {
            Optional<Unit> mine = user.unit();
            Optional<Unit> province = mine.flatMap(units::provinceOf);
            if (province.isPresent() && province.get().contains(unit)) {
                return true;
            }
        }
        if (user.has(Roles.LEADER)) {
            return user.unit().map(u -> u.id.equals(unit.id)).orElse(false);
        }
        return false;
    }

    /** May the caller's role manage accounts at all (else 403)? */
    public boolean mayManagePeople() {
        return organisation.isAdministrator();
    }

    /** May the caller manage the accounts of {@code unit}'s people (else 404)? */
    public boolean mayManagePeopleOf(Unit unit) {
        return organisation.mayAdminister(unit);
    }

    /** The root of the caller's administration scope: empty for a global admin (everything). */
    public Optional<Unit> managementScope() {
        return organisation.administrationScope();
    }

    public boolean isGlobalAdmin() {
        return organisation.isGlobalAdmin();
    }

    /**
     * May the caller grant {@code role} (or take it away, or manage an account that holds it)? Admin and
     * integration: never through the API; province-admin: global admins only; the others: any administrator.
     */
    public boolean mayGrant(String role) {
        if (role == null) {
            return true;
        }
        if (!GRANTABLE.contains(role)) {
            return false;
        }
        return !Roles.PROVINCE_ADMIN.equals(role) || organisation.isGlobalAdmin();
    }
}
