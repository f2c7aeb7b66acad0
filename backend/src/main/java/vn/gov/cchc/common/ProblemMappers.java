package vn.gov.cchc.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every error into RFC 9457 problem+json. Bad input never becomes a 500: it is a 400 naming
 * the offending field, in the caller's language.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Jackson's message when a strict number field gets a string: Cannot coerce String value ("năm nay") to ... */
    private static final java.util.regex.Pattern COERCED_STRING = java.util.regex.Pattern
            .compile("^Cannot coerce String value \\(\"(.*)\"\\) to");

    /** Null in unit tests that build the mappers by hand. */
    @Inject
    DatabaseProblems databases;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String detail = e.detailKey() == null ? null : Messages.get(locale, e.detailKey(), e.detailArgs());
        List<FieldViolation> violations = e.violations().stream()
                .map(v -> new FieldViolation(v.field(), Messages.render(locale, v.message(), e.detailArgs())))
                .toList();
        if (detail == null && !violations.isEmpty()) {
            detail = summary(locale, violations);
        }
        return build(e.type(), locale, detail, uri, violations, e.allowed());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .toList();
        if (violations.stream().anyMatch(v -> v.field().isEmpty())) {
            // a violation on a return value is our bug, not the caller's
            LOG.error("Constraint violation on a response", e);
            return internal(locale, uri, e);
        }
        return build(ProblemType.VALIDATION, locale, summary(locale, violations), uri, violations, List.of());
    }

    // listed one by one: Quarkus has built-in mappers for some of these that answer application/json
    @ServerExceptionMapper({ JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class })
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        if (e instanceof JsonMappingException mapping && !(e instanceof com.fasterxml.jackson.core.JsonParseException)) {
            String field = jsonPath(mapping);
            String reason = reasonFor(locale, mapping);
            if (field.isEmpty()) {
                field = "body";
            }
            List<FieldViolation> violations = List.of(new FieldViolation(field, reason));
            return build(ProblemType.VALIDATION, locale, summary(locale, violations), uri, violations, List.of());
        }
        String detail = Messages.get(locale, "error.malformed-json", e.getOriginalMessage());
        return build(ProblemType.MALFORMED_JSON, locale, detail, uri,
                List.of(new FieldViolation("body", detail)), List.of());
    }

    @ServerExceptionMapper
    public Response invalidParameter(StrictParamConverters.InvalidParameterException e, HttpHeaders headers,
            UriInfo uri) {
        Locale locale = locale(headers);
        String reason = e.accepted() == null ? Messages.get(locale, "error.query.invalid", e.value())
                : StrictParamConverters.BOOLEAN.equals(e.accepted())
                        ? Messages.get(locale, "error.query.boolean", e.value())
                : Messages.get(locale, "error.json.enum", e.value(), e.accepted());
        List<FieldViolation> violations = List.of(new FieldViolation(e.parameter(), reason));
        return build(ProblemType.VALIDATION, locale, summary(locale, violations), uri, violations, List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return build(ProblemType.PRECONDITION_FAILED, locale, Messages.get(locale, "error.concurrent-change"), uri,
                List.of(), List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return Response.fromResponse(build(ProblemType.UNAUTHENTICATED, locale,
                Messages.get(locale, "error.unauthenticated"), uri, List.of(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cchc\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return build(ProblemType.FORBIDDEN, locale, Messages.get(locale, "error.forbidden-role"), uri, List.of(),
                List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type;
        if (e instanceof NotFoundException || status == 404) {
            type = ProblemType.NOT_FOUND;
            return build(type, locale, Messages.get(locale, "error.no-such-resource"), uri, List.of(), List.of());
        } else if (e instanceof NotAllowedException || status == 405) {
            type = ProblemType.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotAcceptableException || status == 406) {
            type = ProblemType.NOT_ACCEPTABLE;
        } else if (e instanceof NotSupportedException || status == 415) {
            return build(ProblemType.UNSUPPORTED_MEDIA_TYPE, locale, Messages.get(locale, "error.unsupported-media-type"),
                    uri, List.of(), List.of());
        } else if (status == 400) {
            String detail = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
            return build(ProblemType.VALIDATION, locale, detail, uri,
                    List.of(new FieldViolation("request", detail == null ? "" : detail)), List.of());
        } else if (status == 401) {
            return unauthenticated(e, headers, uri);
        } else if (status == 403) {
            type = ProblemType.FORBIDDEN;
        } else if (status >= 500) {
            LOG.error("Server error", e);
            return internal(locale, uri, e);
        } else {
            return Response.fromResponse(build(ProblemType.CONFLICT, locale, e.getMessage(), uri, List.of(), List.of()))
                    .status(status).build();
        }
        return build(type, locale, null, uri, List.of(), List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response any(Throwable e, HttpHeaders headers, UriInfo uri, Request request) {
        if (isUnreadableRequest(e)) {
            return unreadable(e, headers, uri);
        }
        Response database = databases == null ? null
                : databases.response(e, request == null ? null : request.getMethod(), locale(headers), uri);
        if (database != null) {
            return database;
        }
        LOG.error("Unhandled error", e);
        return internal(locale(headers), uri, e);
    }

    /** A multipart body that cannot be parsed (bad boundary, bad part headers) is the caller's error. */
    @ServerExceptionMapper
    public Response malformedMultipart(
            org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException e,
            HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    private Response unreadable(Throwable e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        LOG.debugf("Unreadable request body: %s", e);
        String reason = Messages.get(locale, "error.multipart",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        List<FieldViolation> violations = List.of(new FieldViolation("body", reason));
        return build(ProblemType.VALIDATION, locale, summary(locale, violations), uri, violations, List.of());
    }

    /**
     * True for failures while REST reads and parses the request body (multipart or form parsing, a
     * body that ends early): whatever their class, they come from the bytes the caller sent.
     */
    static boolean isUnreadableRequest(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            if (name.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                    || name.startsWith("io.netty.handler.codec.http.multipart.")) {
                return true;
            }
            StackTraceElement[] trace = c.getStackTrace();
            for (int i = 0; i < Math.min(trace.length, 8); i++) {
                String at = trace[i].getClassName();
                if (at.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                        || at.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                    return true;
                }
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    private Response internal(Locale locale, UriInfo uri, Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf("Incident %s: %s", incident, e.toString());
        return build(ProblemType.INTERNAL, locale, Messages.get(locale, "error.internal", incident), uri, List.of(),
                List.of());
    }

    static Response build(ProblemType type, Locale locale, String detail, UriInfo uri,
            List<FieldViolation> violations, List<String> allowed) {
        Problem body = new Problem(type.uri(), Messages.get(locale, "problem." + type.slug() + ".title"),
                type.status(), detail, uri == null ? null : uri.getPath(), violations.isEmpty() ? null : violations,
                type == ProblemType.INVALID_STATE || !allowed.isEmpty() ? allowed : null);
        return Response.status(type.status()).type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).entity(body).build();
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.localeOf(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String summary(Locale locale, List<FieldViolation> violations) {
        String fields = violations.stream().map(FieldViolation::field).distinct().collect(Collectors.joining(", "));
        return Messages.get(locale, "error.validation", fields);
    }

    /** "create.input.sections.purpose" → "sections.purpose"; "list.year" → "year"; list elements get [i]. */
    static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        boolean sawParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.RETURN_VALUE) {
                return "";
            }
            if (kind == ElementKind.PARAMETER) {
                sawParameter = true;
                if (isBody(v, node)) {
                    continue;
                }
                sb.append(node.getName());
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                sb.append('[').append(node.getKey()).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        String path = sb.toString();
        return sawParameter || !path.isEmpty() ? (path.isEmpty() ? "body" : path) : "body";
    }

    /** Body parameters are the ones whose value is a bean, not a scalar query/path/header value. */
    private static boolean isBody(ConstraintViolation<?> v, Path.Node node) {
        Object[] params = v.getExecutableParameters();
        if (params == null) {
            return false;
        }
        Path.ParameterNode p = node.as(Path.ParameterNode.class);
        Object value = p.getParameterIndex() < params.length ? params[p.getParameterIndex()] : null;
        return value != null && value.getClass().getPackageName().startsWith("vn.gov.cchc");
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String reasonFor(Locale locale, JsonMappingException e) {
        if (e instanceof JsonConfig.InvalidTextInput text) {
            return Messages.get(locale, text.defect().defect().messageKey(), text.defect().character(),
                    text.defect().index());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Messages.get(locale, "error.json.unknown-field", unknown.getPropertyName());
        }
        if (e instanceof InvalidFormatException bad) {
            Class<?> target = bad.getTargetType();
            String value = String.valueOf(bad.getValue());
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return Messages.get(locale, "error.json.enum", value, allowed);
            }
            if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
                return Messages.get(locale, "error.json.date", value);
            }
            if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
                return Messages.get(locale, "error.json.number", value);
            }
            return Messages.get(locale, "error.json.value", value);
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            java.util.regex.Matcher coerced = COERCED_STRING.matcher(String.valueOf(mismatch.getOriginalMessage()));
            if (target != null && coerced.find() && (Number.class.isAssignableFrom(target) || target == int.class
                    || target == long.class)) {
                return Messages.get(locale, "error.json.number", coerced.group(1));
            }
            String expected = target == null ? "?" : describe(locale, target);
            return Messages.get(locale, "error.json.type", expected);
        }
        return Messages.get(locale, "error.json.value", e.getOriginalMessage());
    }

    private static String describe(Locale locale, Class<?> target) {
        List<String> keys = new ArrayList<>();
        if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
            keys.add("type.number");
        } else if (target == String.class) {
            keys.add("type.string");
        } else if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            keys.add("type.array");
        } else if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            keys.add("type.date");
        } else if (target == Boolean.class || target == boolean.class) {
            keys.add("type.boolean");
        } else if (target.isEnum()) {
            keys.add("type.enum");
        } else {
            keys.add("type.object");
        }
        return Messages.get(locale, keys.get(0));
    }
}
