package vn.gov.cchc.common;

import java.util.List;

/**
 * Thrown by services to end a request with a problem+json response. The detail is a message key
 * with arguments so that it can be rendered in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final List<FieldViolation> violations;
    private final List<String> allowed;

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, List.of(), List.of(), detailKey, detailArgs);
    }

    private ProblemException(ProblemType type, List<FieldViolation> violations, List<String> allowed,
            String detailKey, Object... detailArgs) {
        super(type.slug() + (detailKey == null ? "" : ": " + detailKey), null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.violations = List.copyOf(violations);
        this.allowed = List.copyOf(allowed);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "error.not-found." + what, String.valueOf(id));
    }

    public static ProblemException forbidden(String detailKey, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, detailKey, args);
    }

    /** A 400 about fields whose messages are already rendered in the caller's language. */
    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(ProblemType.VALIDATION, violations, List.of(), null);
    }

    /** A 400 about one field; the reason is a message key rendered later in the caller's language. */
    public static ProblemException invalidField(String field, String reasonKey, Object... args) {
        return new ProblemException(ProblemType.VALIDATION, List.of(new FieldViolation(field, "{" + reasonKey + "}")),
                List.of(), null, args);
    }

    public static ProblemException invalidState(List<String> allowed, String detailKey, Object... args) {
        return new ProblemException(ProblemType.INVALID_STATE, List.of(), allowed, detailKey, args);
    }

    public static ProblemException of(ProblemType type, String field, String detailKey, Object... args) {
        List<FieldViolation> v = field == null ? List.of() : List.of(new FieldViolation(field, "{" + detailKey + "}"));
        return new ProblemException(type, v, List.of(), detailKey, args);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public List<String> allowed() {
        return allowed;
    }
}
