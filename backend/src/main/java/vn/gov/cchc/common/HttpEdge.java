package vn.gov.cchc.common;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * The HTTP edge, before REST: what Vert.x answers by itself (a body over the limit, a URI too long,
 * a bad percent-encoding) is answered here as problem+json like every other error of the API, and
 * every response gets the security headers.
 *
 * <ul>
 * <li>A request URI over {@value #MAX_URI} characters is a 414. Vert.x's own line limit
 * ({@code quarkus.http.limits.max-initial-line-length}) is set higher so that this check sees it.</li>
 * <li>A declared body over {@code quarkus.http.limits.max-body-size} is a 413, before authentication
 * (Quarkus's own check answers an empty 413); a malformed Content-Length is a 400.</li>
 * <li>A URI that is not one ({@code java.net.URI} refuses it, or a {@code %} is not followed by two
 * hex digits) is a 400. Quarkus makes the same check before any route and answers an empty 400,
 * unless the JVM runs with {@code -Dvertx.disableURIValidation=true} (a system property, not a
 * configuration key: deploy/common.sh, the Dockerfile and the tests set it); then this check,
 * the same one, answers.</li>
 * <li>Every response has {@code X-Content-Type-Options: nosniff}; every response under
 * {@code /api/} that does not set its own caching has {@code Cache-Control: no-store}: the API's data
 * is private (plans before issue, reports, evidence files, exports).</li>
 * </ul>
 */
@Singleton
public class HttpEdge {

    public static final int MAX_URI = 4096;
    private static final Logger LOG = Logger.getLogger(HttpEdge.class);
    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    void routes(@Observes Router router) {
        // before Quarkus's own upload limit (order -2), after its body handler
        router.route().order(-100).handler(this::check);
        router.route().order(-100).failureHandler(this::failure);
        // failures while Vert.x matches routes (a query it cannot decode) skip the failure handlers
        for (int status : new int[] { 400, 413, 414, 431 }) {
            router.errorHandler(status, ctx -> {
                if (!ctx.response().headWritten()) {
                    answer(ctx, status, ctx.failure());
                }
            });
        }
    }

    void check(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> secure(ctx));
        String uri = ctx.request().uri();
        if (uri != null && uri.length() > MAX_URI) {
            send(ctx, ProblemType.URI_TOO_LONG, "error.uri-too-long", List.of(), MAX_URI);
            return;
        }
        if (uri != null && !isValidUri(uri)) {
            sendInvalid(ctx, badPercentField(uri), "error.bad-request", "URI");
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared < 0) {
                sendInvalid(ctx, "Content-Length", "error.bad-request", length);
                return;
            }
            if (declared > maxBodySize.asLongValue()) {
                tooLarge(ctx);
                return;
            }
        }
        ctx.next();
    }

    void failure(RoutingContext ctx) {
        if (ctx.response().headWritten() || ctx.response().ended()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
        boolean plain = failure == null || failure instanceof HttpException
                || failure instanceof IllegalArgumentException
                || failure instanceof io.netty.handler.codec.DecoderException
                || failure instanceof io.netty.handler.codec.TooLongFrameException;
        if (failure instanceof IllegalArgumentException && status < 400) {
            status = 400;
        }
        if (!plain) {
            if (isSecurity(failure)) {
                ctx.next(); // Quarkus answers these with its challenge
                return;
            }
            String incident = UUID.randomUUID().toString();
            LOG.errorf(failure, "Incident %s: failure before REST", incident);
            send(ctx, ProblemType.INTERNAL, "error.internal", List.of(), incident);
            return;
        }
        if (status == 401 || status == 403) {
            ctx.next();
            return;
        }
        answer(ctx, status, failure);
    }

    private void answer(RoutingContext ctx, int status, Throwable failure) {
        switch (status) {
            case 413 -> tooLarge(ctx);
            case 414 -> send(ctx, ProblemType.URI_TOO_LONG, "error.uri-too-long", List.of(), MAX_URI);
            case 431 -> send(ctx, ProblemType.HEADER_TOO_LARGE, "error.header-too-large", List.of());
            case 404 -> send(ctx, ProblemType.NOT_FOUND, "error.no-such-resource", List.of());
            case 405 -> send(ctx, ProblemType.METHOD_NOT_ALLOWED, null, List.of());
            case 415 -> send(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, "error.unsupported-media-type", List.of());
            default -> {
                String uri = ctx.request().uri();
                if (status == 400 && uri != null && !isValidUri(uri)) {
                    sendInvalid(ctx, badPercentField(uri), "error.bad-request", "%");
                } else if (status >= 400 && status < 500) {
                    String reason = failure == null || failure.getMessage() == null ? String.valueOf(status)
                            : failure.getMessage();
                    sendInvalid(ctx, "request", "error.bad-request", reason);
                } else {
                    String incident = UUID.randomUUID().toString();
                    LOG.errorf(failure, "Incident %s: status %d before REST", incident, status);
                    send(ctx, ProblemType.INTERNAL, "error.internal", List.of(), incident);
                }
            }
        }
    }

    /** What Quarkus checks (a java.net.URI can be made of it), and no bad percent escape. */
    static boolean isValidUri(String uri) {
        try {
            new java.net.URI(uri);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        return !BAD_PERCENT.matcher(uri).find();
    }

    /** "query" when the first bad character is after the "?", else "path". */
    static String badPercentField(String uri) {
        int query = uri.indexOf('?');
        if (query < 0) {
            return "path";
        }
        var m = BAD_PERCENT.matcher(uri);
        if (m.find()) {
            return m.start() > query ? "query" : "path";
        }
        try {
            new java.net.URI(uri.substring(0, query));
            return "query";
        } catch (java.net.URISyntaxException e) {
            return "path";
        }
    }

    private static boolean isSecurity(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof io.quarkus.security.AuthenticationException
                    || c instanceof io.quarkus.security.UnauthorizedException
                    || c instanceof io.quarkus.security.ForbiddenException) {
                return true;
            }
        }
        return false;
    }

    private void tooLarge(RoutingContext ctx) {
        // the rest of the body is not read: the connection cannot be reused
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ctx.response().endHandler(v -> ctx.request().connection().close());
        send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "error.payload-too-large", List.of(), maxBodySize.asLongValue()
                + " B");
    }

    private void sendInvalid(RoutingContext ctx, String field, String key, Object arg) {
        Locale locale = Messages.localeOf(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String reason = Messages.get(locale, key, arg);
        send(ctx, ProblemType.VALIDATION, null, List.of(new FieldViolation(field, reason)));
    }

    private void send(RoutingContext ctx, ProblemType type, String detailKey, List<FieldViolation> violations,
            Object... args) {
        Locale locale = Messages.localeOf(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = detailKey == null ? null : Messages.get(locale, detailKey, args);
        if (detail == null && !violations.isEmpty()) {
            detail = Messages.get(locale, "error.validation", violations.get(0).field());
        }
        String path = ctx.request().path();
        Problem problem = new Problem(type.uri(), Messages.get(locale, "problem." + type.slug() + ".title"),
                type.status(), detail, path == null || path.length() > 200 ? null : path,
                violations.isEmpty() ? null : violations, null);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + type.uri() + "\",\"status\":" + type.status() + "}";
        }
        ctx.response().headers().set("X-Content-Type-Options", "nosniff");
        ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
        ctx.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .end(body);
    }

    /** The headers every response carries, set when its head is written (whoever wrote the rest). */
    static void secure(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        response.headers().set("X-Content-Type-Options", "nosniff");
        String path = ctx.request().path();
        if (path != null && path.startsWith("/api/") && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
            response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
