package vn.gov.cchc.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.unit.OrganisationGuard;
import vn.gov.cchc.unit.Unit;

/**
 * The rule for changing the organisation and its accounts: admins everywhere, province
 * administrators in their own province (the province of their unit), nobody else.
 */
@RequestScoped
public class OrganisationAccess implements OrganisationGuard {

    @Inject
    CurrentUser user;

    @Override
    public boolean isAdministrator() {
        return user.isAdmin() || user.administrationScope().isPresent();
    }

    @Override
    public boolean isGlobalAdmin() {
        return user.isAdmin();
    }

    @Override
    public boolean mayAdminister(Unit unit) {
        if (unit == null) {
            return false;
        }
        if (user.isAdmin()) {
            return true;
        }
        return user.administrationScope().map(p -> p.contains(unit)).orElse(false);
    }

    @Override
    public Optional<Unit> administrationScope() {
        return user.isAdmin() ? Optional.empty() : user.administrationScope();
    }

    @Override
    public String actor() {
        return user.username();
    }

    @Override
    public boolean mayCreateProvince(String code) {
        if (user.isAdmin()) {
            return true;
        }
        return pendingProvinceCode().map(c -> c.equals(code)).orElse(false);
    }

    /** Creating a province from the national list is open to this caller (for some code). */
    public boolean maySetUpProvince() {
        return user.isAdmin() || pendingProvinceCode().isPresent();
    }

    @Override
    public Optional<String> pendingProvinceCode() {
        if (!user.has(Roles.PROVINCE_ADMIN) || user.unit().isPresent()) {
            return Optional.empty();
        }
        return user.unitClaim();
    }
}
