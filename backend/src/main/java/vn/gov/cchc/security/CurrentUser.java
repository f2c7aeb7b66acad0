package vn.gov.cchc.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/**
 * The signed-in caller: their name, roles and unit (from the token's {@code unit} claim, a unit
 * code), and the province their coordinator scope covers. Resolved once per request.
 */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit";
    private static final List<String> ROLE_ORDER = List.of(Roles.ADMIN, Roles.PROVINCE_ADMIN, Roles.COORDINATOR, Roles.LEADER,
            Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    UnitService units;

    private boolean resolved;
    private Unit unit;
    private Unit scope;
    private Unit adminScope;

    public String username() {
        if (identity.isAnonymous()) {
            return null;
        }
        String preferred = jwt.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /**
     * The name as Vietnamese write it, family name first ("Nguyễn Thị Hương"); Keycloak's own
     * {@code name} claim puts the given name first.
     */
    public String displayName() {
        String family = jwt.getClaim("family_name");
        String given = jwt.getClaim("given_name");
        if (family != null && !family.isBlank() && given != null && !given.isBlank()) {
            return family.strip() + " " + given.strip();
        }
        String name = jwt.getClaim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    public List<String> roles() {
        Set<String> have = identity.getRoles();
        return ROLE_ORDER.stream().filter(have::contains).toList();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAny(String... roles) {
        for (String r : roles) {
            if (identity.hasRole(r)) {
                return true;
            }
        }
        return false;
    }

    /** The unit code the token's {@code unit} claim names, whether or not such a unit exists; empty when it names none. */
    public Optional<String> unitClaim() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(UNIT_CLAIM);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString().trim());
    }

    /** The caller's unit; empty when the token names none or a code that does not exist. */
    public Optional<Unit> unit() {
        resolve();
        return Optional.ofNullable(unit);
    }

    /**
     * The root of what the caller may write in: the province for coordinators, their own unit for
     * leaders and officers; empty for others (admins write everywhere, see {@link #isAdmin()}).
     */
    public Optional<Unit> writeScope() {
        resolve();
        return Optional.ofNullable(scope);
    }

    /**
     * The province a province administrator administers (the province of their unit); empty for
     * everyone else, global admins included (they administer everything, see {@link #isAdmin()}).
     */
    public Optional<Unit> administrationScope() {
        resolve();
        return Optional.ofNullable(adminScope);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        if (identity.isAnonymous()) {
            return;
        }
        Object claim = jwt.getClaim(UNIT_CLAIM);
        unit = claim == null ? null : units.findByCode(claim.toString()).orElse(null);
        if (unit == null) {
            return;
        }
        if (has(Roles.PROVINCE_ADMIN)) {
            adminScope = units.provinceOf(unit).orElse(null);
        }
        if (has(Roles.COORDINATOR)) {
            scope = units.provinceOf(unit).orElse(unit);
        } else if (hasAny(Roles.LEADER, Roles.OFFICER)) {
            scope = unit;
        }
    }
}
