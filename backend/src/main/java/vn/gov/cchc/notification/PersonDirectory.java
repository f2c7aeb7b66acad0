package vn.gov.cchc.notification;

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

/**
 * The people of a unit: the enabled users of the Keycloak realm whose {@code unit} attribute is the
 * unit's code, read through Keycloak's admin API with the backend's service account (roles
 * view-users and query-users). Without a configured Keycloak it knows nobody and says so.
 */
@ApplicationScoped
public class PersonDirectory {

    private static final Logger LOG = Logger.getLogger(PersonDirectory.class);

    @ConfigProperty(name = "cchc.directory.keycloak-url")
    Optional<String> keycloakUrl;

    @ConfigProperty(name = "cchc.directory.realm", defaultValue = "cchc")
    String realm;

    @ConfigProperty(name = "cchc.directory.client-id", defaultValue = "cchc-backend")
    String clientId;

    @ConfigProperty(name = "cchc.directory.client-secret", defaultValue = "")
    String clientSecret;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public boolean configured() {
        return keycloakUrl.filter(u -> !u.isBlank()).isPresent();
    }

    /** The enabled users of the unit with the given code. */
    public List<Person> membersOf(String unitCode) {
        if (!configured()) {
            LOG.warnf("No user directory configured (cchc.directory.keycloak-url): nobody of %s can be e-mailed", unitCode);
            return List.of();
        }
        String base = keycloakUrl.get().replaceAll("/+$", "");
        String q = URLEncoder.encode("unit:" + unitCode, StandardCharsets.UTF_8);
        URI uri = URI.create(base + "/admin/realms/" + realm + "/users?q=" + q + "&enabled=true&max=500&briefRepresentation=false");
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token(base)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + r.statusCode() + " for " + uri);
            }
            List<Person> out = new ArrayList<>();
            for (JsonNode u : json.readTree(r.body())) {
                // q= matches substrings in some versions: keep exact matches only
                boolean exact = false;
                for (JsonNode v : u.path("attributes").path("unit")) {
                    exact |= unitCode.equals(v.asText());
                }
                String email = u.path("email").asText("");
                if (!exact || email.isBlank()) {
                    continue;
                }
                String family = u.path("lastName").asText("");
                String given = u.path("firstName").asText("");
                String name = (family + " " + given).trim();
                out.add(new Person(u.path("username").asText(), email, name.isEmpty() ? u.path("username").asText() : name));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the user directory: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private synchronized String token(String base) throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the directory client (" + r.statusCode() + ")");
        }
        JsonNode body = json.readTree(r.body());
        token = body.path("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(Math.max(10, body.path("expires_in").asLong(60) - 30));
        return token;
    }
}
