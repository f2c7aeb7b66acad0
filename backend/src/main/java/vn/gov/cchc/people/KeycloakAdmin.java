package vn.gov.cchc.people;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;

/**
 * The account directory: Keycloak's Admin REST API for the realm {@code cchc}, called with the
 * service account of the confidential client {@code cchc-backend} (realm-management roles view-users,
 * query-users and manage-users; realm roles are looked up through a user's "available" role mappings,
 * so view-realm is not needed). Its token is cached until shortly before it expires.
 *
 * <p>
 * When Keycloak cannot be reached (connection refused, timeout, a 5xx answer) every operation throws a
 * 503 problem ({@link ProblemType#DIRECTORY_UNAVAILABLE}); when it refuses the service account or a
 * request it should have accepted, a 502 ({@link ProblemType#DIRECTORY_REFUSED}). Either way this client
 * has changed nothing it was asked to change in that call.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class);

    @ConfigProperty(name = "cchc.directory.keycloak-url")
    Optional<String> keycloakUrl;

    @ConfigProperty(name = "cchc.directory.realm", defaultValue = "cchc")
    String realm;

    @ConfigProperty(name = "cchc.directory.client-id", defaultValue = "cchc-backend")
    String clientId;

    @ConfigProperty(name = "cchc.directory.client-secret", defaultValue = "")
    String clientSecret;

    @ConfigProperty(name = "cchc.directory.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Inject
    ObjectMapper json;

    private volatile HttpClient http;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    /** An answer of Keycloak: status and body (JSON, or empty). */
    public record Answer(int status, String body, Optional<String> location) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public boolean configured() {
        return keycloakUrl.filter(u -> !u.isBlank()).isPresent();
    }

    private String base() {
        if (!configured()) {
            throw new ProblemException(ProblemType.DIRECTORY_UNAVAILABLE, "error.directory.not-configured");
        }
        return keycloakUrl.get().replaceAll("/+$", "");
    }

    private HttpClient http() {
        if (http == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(timeout).build();
                }
            }
        }
        return http;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // --- users

    /** The user with this id, or empty (also for ids Keycloak cannot have made). */
    public Optional<JsonNode> user(String id) {
        Answer a = call("GET", "/users/" + enc(id), null);
        if (a.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(expect(a, "GET user")));
    }

    /**
     * Users in pages of Keycloak's own, full representations (attributes included), as many as
     * {@code limit}; {@code query} is Keycloak's {@code q} (attribute search, "unit:PT"), {@code search}
     * its text search over login, names and e-mail; both optional.
     */
    public List<JsonNode> users(String query, String search, Boolean enabled, int limit) {
        List<JsonNode> out = new ArrayList<>();
        int first = 0;
        int chunk = Math.min(500, Math.max(1, limit));
        while (out.size() < limit) {
            StringBuilder path = new StringBuilder("/users?briefRepresentation=false&first=").append(first).append("&max=").append(chunk);
            if (query != null) {
                path.append("&q=").append(enc(query));
            }
            if (search != null && !search.isBlank()) {
                path.append("&search=").append(enc(search));
            }
            if (enabled != null) {
                path.append("&enabled=").append(enabled);
            }
            JsonNode page = read(expect(call("GET", path.toString(), null), "GET users"));
            page.forEach(out::add);
            if (page.size() < chunk) {
                break;
            }
            first += chunk;
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** The users whose single-valued attribute {@code name} is exactly {@code value} (q= also matches substrings). */
    public List<JsonNode> usersWithAttribute(String name, String value, Boolean enabled) {
        return users(name + ":" + value, null, enabled, 10_000).stream()
                .filter(u -> value.equals(attribute(u, name))).toList();
    }

    public static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    /** Creates a user; the answer's status tells a conflict (409) or a refused value (400) from success (201). */
    public Answer createUser(JsonNode representation) {
        return call("POST", "/users", representation);
    }

    public Answer updateUser(String id, JsonNode representation) {
        return call("PUT", "/users/" + enc(id), representation);
    }

    public void deleteUser(String id) {
        Answer a = call("DELETE", "/users/" + enc(id), null);
        if (a.status() != 404) {
            expect(a, "DELETE user");
        }
    }

    /** The realm roles mapped to the user directly (not through composites or groups). */
    public List<String> realmRoles(String id) {
        List<String> out = new ArrayList<>();
        read(expect(call("GET", "/users/" + enc(id) + "/role-mappings/realm", null), "GET role mappings"))
                .forEach(r -> out.add(r.path("name").asText()));
        return out;
    }

    /** Maps (add) or unmaps (remove) realm roles by name; roles the user already has (or lacks) are skipped. */
    public void changeRealmRoles(String id, List<String> add, List<String> remove) {
        if (!add.isEmpty()) {
            JsonNode available = read(expect(call("GET", "/users/" + enc(id) + "/role-mappings/realm/available", null),
                    "GET available roles"));
            ArrayNode roles = json.createArrayNode();
            available.forEach(r -> {
                if (add.contains(r.path("name").asText())) {
                    roles.add(r);
                }
            });
            if (roles.size() < add.size() && !realmRoles(id).containsAll(add)) {
                LOG.errorf("Realm roles %s are not all available for user %s", add, id);
                throw refused();
            }
            if (!roles.isEmpty()) {
                expect(call("POST", "/users/" + enc(id) + "/role-mappings/realm", roles), "POST role mappings");
            }
        }
        if (!remove.isEmpty()) {
            JsonNode mapped = read(expect(call("GET", "/users/" + enc(id) + "/role-mappings/realm", null), "GET role mappings"));
            ArrayNode roles = json.createArrayNode();
            mapped.forEach(r -> {
                if (remove.contains(r.path("name").asText())) {
                    roles.add(r);
                }
            });
            if (!roles.isEmpty()) {
                expect(call("DELETE", "/users/" + enc(id) + "/role-mappings/realm", roles), "DELETE role mappings");
            }
        }
    }

    public Answer resetPassword(String id, String password, boolean temporary) {
        var body = json.createObjectNode().put("type", "password").put("value", password).put("temporary", temporary);
        return call("PUT", "/users/" + enc(id) + "/reset-password", body);
    }

    public Answer executeActionsEmail(String id, List<String> actions) {
        ArrayNode body = json.createArrayNode();
        actions.forEach(body::add);
        return call("PUT", "/users/" + enc(id) + "/execute-actions-email", body);
    }

    /** The user's credentials (type, createdDate, ...; never the secret). */
    public JsonNode credentials(String id) {
        return read(expect(call("GET", "/users/" + enc(id) + "/credentials", null), "GET credentials"));
    }

    // --- transport

    /**
     * One request to the realm's admin API. A 5xx or a failed connection is a 503; a 401/403 (the
     * service account lacks a role, or its secret is wrong) a 502; other statuses are returned.
     */
    public Answer call(String method, String path, JsonNode body) {
        String base = base();
        URI uri = URI.create(base + "/admin/realms/" + enc(realm) + path);
        try {
            Answer a = send(uri, method, body, token(base));
            if (a.status() == 401) { // the token was revoked or the realm restarted: once more with a new one
                synchronized (this) {
                    token = null;
                }
                a = send(uri, method, body, token(base));
            }
            if (a.status() >= 500) {
                LOG.warnf("Keycloak answered %d for %s %s: %s", a.status(), method, path, a.body());
                throw unavailable();
            }
            if (a.status() == 401 || a.status() == 403) {
                LOG.errorf("Keycloak refused the service account %s (%d) for %s %s", clientId, a.status(), method, path);
                throw refused();
            }
            return a;
        } catch (IOException e) {
            LOG.warnf("Keycloak unreachable for %s %s: %s", method, path, e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    /** A raw request whose 5xx answers are for the caller to interpret (e.g. execute-actions-email without SMTP). */
    public Answer callRaw(String method, String path, JsonNode body) {
        String base = base();
        URI uri = URI.create(base + "/admin/realms/" + enc(realm) + path);
        try {
            Answer a = send(uri, method, body, token(base));
            if (a.status() == 401 || a.status() == 403) {
                throw refused();
            }
            return a;
        } catch (IOException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private Answer send(URI uri, String method, JsonNode body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body() == null ? "" : r.body(), r.headers().firstValue("Location"));
    }

    private synchronized String token(String base) throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(base + "/realms/" + enc(realm) + "/protocol/openid-connect/token"))
                .timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500) {
            throw unavailable();
        }
        if (r.statusCode() != 200) {
            LOG.errorf("Keycloak refused the directory client %s (%d): %s", clientId, r.statusCode(), r.body());
            throw refused();
        }
        JsonNode body = json.readTree(r.body());
        token = body.path("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(Math.max(5, body.path("expires_in").asLong(60) - 30));
        return token;
    }

    /** The answer if it is a success; a 502 otherwise (Keycloak refused what it should have accepted). */
    public Answer expect(Answer a, String what) {
        if (!a.ok()) {
            LOG.errorf("Keycloak refused %s (%d): %s", what, a.status(), a.body());
            throw refused();
        }
        return a;
    }

    public JsonNode read(Answer a) {
        try {
            return a.body().isBlank() ? json.createObjectNode() : json.readTree(a.body());
        } catch (IOException e) {
            LOG.errorf("Keycloak answered something that is not JSON: %s", a.body());
            throw refused();
        }
    }

    public static ProblemException unavailable() {
        return new ProblemException(ProblemType.DIRECTORY_UNAVAILABLE, "error.directory.unreachable");
    }

    public static ProblemException refused() {
        return new ProblemException(ProblemType.DIRECTORY_REFUSED, "error.directory.refused");
    }
}
