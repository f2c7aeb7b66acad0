package vn.gov.cchc.common;

/**
 * The stable kinds of problem the API reports. The URI is what programs match on; the title is
 * looked up in {@code messages*.properties} under {@code problem.<slug>.title}.
 */
public enum ProblemType {
    VALIDATION("validation", 400),
    MALFORMED_JSON("malformed-json", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    DUPLICATE_NUMBER("duplicate-number", 409),
    INVALID_STATE("invalid-state", 409),
    PRECONDITION_FAILED("precondition-failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    URI_TOO_LONG("uri-too-long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    PRECONDITION_REQUIRED("precondition-required", 428),
    HEADER_TOO_LARGE("header-too-large", 431),
    INTERNAL("internal", 500),
    /** The account directory (Keycloak) answered an error for a request it should have accepted. */
    DIRECTORY_REFUSED("directory-refused", 502),
    /** The account directory (Keycloak) cannot be reached: nothing was changed. */
    DIRECTORY_UNAVAILABLE("directory-unavailable", 503),
    /**
     * The database is too busy for the request: a statement ran past its limit or waited too long for a lock, no
     * pooled connection came free in time, or the transaction outlived its timeout. Sent with {@code Retry-After}.
     */
    DATABASE_BUSY("database-busy", 503),
    /** The database cannot be reached (connection refused or lost). Sent with {@code Retry-After}. */
    DATABASE_UNAVAILABLE("database-unavailable", 503);

    public static final String BASE = "https://cchc.gov.vn/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }
}
