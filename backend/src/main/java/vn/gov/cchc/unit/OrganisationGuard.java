package vn.gov.cchc.unit;

import java.util.Optional;

/**
 * Who may change the organisation. The rule lives in {@code security/} (OrganisationAccess
 * implements this interface); unit/ asks it through this interface because security/ resolves the
 * caller's unit through unit/, and the packages must not form a cycle.
 *
 * <p>
 * Outside the caller's scope a unit answers 404; a caller with no administration role gets 403.
 */
public interface OrganisationGuard {

    /** Is the caller an administrator at all (global admin, or province administrator with a province)? */
    boolean isAdministrator();

    /** Is the caller a global admin (every unit, every province, the national list)? */
    boolean isGlobalAdmin();

    /**
     * May the caller change {@code unit} (edit, move, rename, dissolve, create below it, manage the accounts of its people)?
     * Global admins: every unit. Province administrators: their province and the units below it.
     */
    boolean mayAdminister(Unit unit);

    /** The root of what the caller administers: empty for a global admin (everything) and for non-administrators. */
    Optional<Unit> administrationScope();

    /** The caller's login, recorded with the changes they make; null when unknown. */
    default String actor() {
        return null;
    }
}
