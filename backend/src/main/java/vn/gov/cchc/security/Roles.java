package vn.gov.cchc.security;

/** Realm roles of the Keycloak realm {@code cchc}. */
public final class Roles {
    /** Administrators: everything, everywhere. */
    public static final String ADMIN = "admin";
    /**
     * Province administrators: the organisation (units, succession) and the accounts of one province,
     * the province of their unit; nothing else unless they hold another role too.
     */
    public static final String PROVINCE_ADMIN = "province-admin";
    /** Sở Nội vụ coordinators: their whole province. */
    public static final String COORDINATOR = "coordinator";
    /** Leaders of a unit: approve and sign for their unit. */
    public static final String LEADER = "leader";
    /** Officers of a unit: draft and report for their unit. */
    public static final String OFFICER = "officer";
    /** Read-only users: issued plans of their unit's tree. */
    public static final String VIEWER = "viewer";
    /** Service accounts of integration scripts: read published data. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
