package vn.gov.cchc.people;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;

/**
 * Stand-ins for the account directory, installed for one test with {@link QuarkusMock}: a Keycloak that
 * cannot be reached (a closed port), or the real one that refuses some operations.
 */
final class TestKeycloak {

    private TestKeycloak() {
    }

    /** The directory at a closed port: every call fails to connect. */
    static KeycloakAdmin installUnreachable(KeycloakAdmin proxy) {
        KeycloakAdmin k = copy(proxy, new KeycloakAdmin());
        k.keycloakUrl = Optional.of("http://127.0.0.1:1");
        k.timeout = Duration.ofSeconds(2);
        QuarkusMock.installMockForType(k, KeycloakAdmin.class);
        return k;
    }

    /** The real directory, except that mapping roles fails as if Keycloak refused it. */
    static KeycloakAdmin installRefusingRoles(KeycloakAdmin proxy) {
        KeycloakAdmin k = copy(proxy, new KeycloakAdmin() {
            @Override
            public void changeRealmRoles(String id, List<String> add, List<String> remove) {
                throw KeycloakAdmin.refused();
            }
        });
        QuarkusMock.installMockForType(k, KeycloakAdmin.class);
        return k;
    }

    /** The real directory, except that the {@code failAfter + 1}-th change of a user fails as if Keycloak were unreachable (once). */
    static KeycloakAdmin installFailingUpdates(KeycloakAdmin proxy, int failAfter) {
        KeycloakAdmin k = copy(proxy, new KeycloakAdmin() {
            int updates;

            @Override
            public Answer updateUser(String id, JsonNode representation) {
                if (updates++ == failAfter) {
                    throw KeycloakAdmin.unavailable();
                }
                return super.updateUser(id, representation);
            }
        });
        QuarkusMock.installMockForType(k, KeycloakAdmin.class);
        return k;
    }

    private static KeycloakAdmin copy(KeycloakAdmin proxy, KeycloakAdmin into) {
        KeycloakAdmin real = ClientProxy.unwrap(proxy);
        into.keycloakUrl = real.keycloakUrl;
        into.realm = real.realm;
        into.clientId = real.clientId;
        into.clientSecret = real.clientSecret;
        into.timeout = real.timeout;
        into.json = real.json;
        return into;
    }
}
