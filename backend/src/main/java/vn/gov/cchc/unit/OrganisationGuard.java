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

    /**
     * May the caller create the PROVINCE unit with code {@code code} from the national list? Global admins: any code.
     * A province administrator setting up an empty installation: only the unit their account names (the token's
     * {@code unit} claim) and only while no unit has that code yet.
     */
    boolean mayCreateProvince(String code);

    /** The unit code a province administrator's account names while no unit has it yet (an installation being set up). */
    Optional<String> pendingProvinceCode();

    /** The caller's login, recorded with the changes they make; null when unknown. */
    default String actor() {
        return null;
    }
}
