package vn.gov.cchc.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.support.KeycloakDirectory;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitKind;
import vn.gov.cchc.unit.UnitService;
import vn.gov.cchc.unit.UnitsSucceeded;

/**
 * The accounts follow a succession (merger, dissolution) inside its transaction, and the unit tree and
 * Keycloak stay in step: without the merger endpoint (built elsewhere), a transaction here creates two
 * communes, fires {@link UnitsSucceeded} as the merger does, and then commits or fails.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AccountSuccessionTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static int seq;

    @Inject
    KeycloakAdmin proxy;

    @Inject
    UnitService units;

    @Inject
    Event<UnitsSucceeded> succeeded;

    @Inject
    ObjectMapper json;

    KeycloakAdmin keycloak;
    final List<String> accounts = new ArrayList<>();

    @BeforeEach
    void realDirectory() {
        KeycloakDirectory.assumeRunning();
        keycloak = ClientProxy.unwrap(proxy);
    }

    @AfterEach
    void deleteAccounts() {
        accounts.forEach(keycloak::deleteUser);
    }

    /** Two accounts of a (not yet existing) unit code, made directly in Keycloak. */
    private List<String> accountsOf(String code) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String username = "s" + RUN.toLowerCase() + "." + (++seq);
            ObjectNode rep = json.createObjectNode().put("username", username).put("email", username + "@example.com")
                    .put("firstName", "Thử").put("lastName", "Người").put("enabled", true);
            rep.putObject("attributes").putArray("unit").add(code);
            KeycloakAdmin.Answer a = keycloak.expect(keycloak.createUser(rep), "create");
            String id = a.location().orElseThrow().replaceAll(".*/", "");
            ids.add(id);
            accounts.add(id);
        }
        return ids;
    }

    private String unitOf(String id) {
        return KeycloakAdmin.attribute(keycloak.user(id).orElseThrow(), "unit");
    }

    private record Pair(Unit old, Unit successor) {
    }

    /** Two communes under Phú Thọ, in the current transaction. */
    private Pair communes(String a, String b) {
        Unit pt = units.findByCode("PT").orElseThrow();
        return new Pair(units.create(a, "Xã Cũ " + a, null, UnitKind.COMMUNE, pt, 900),
                units.create(b, "Xã Mới " + b, null, UnitKind.COMMUNE, pt, 901));
    }

    private UnitsSucceeded merger(Pair p) {
        return new UnitsSucceeded("MERGER", List.of(p.old().id), p.successor().id, LocalDate.of(2026, 7, 1), "Nghị quyết thử");
    }

    @Test
    void theAccountsMoveWithTheMergerAndBackWhenItsTransactionFailsAfterwards() {
        String a = "T" + RUN + "-A1";
        String b = "T" + RUN + "-B1";
        List<String> people = accountsOf(a);
        RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Pair p = communes(a, b);
            succeeded.fire(merger(p));
            // inside the transaction, Keycloak already has them in the successor
            for (String id : people) {
                assertEquals(b, unitOf(id));
            }
            throw new IllegalStateException("another observer fails: the merger is rolled back");
        }));
        assertEquals("another observer fails: the merger is rolled back", failure.getMessage());
        assertTrue(units.findByCode(a).isEmpty() && units.findByCode(b).isEmpty(), "the units were rolled back");
        for (String id : people) {
            assertEquals(a, unitOf(id), "the account was moved back");
        }
    }

    @Test
    void keycloakUnreachableRollsTheMergerBackWithA503() {
        String a = "T" + RUN + "-A3";
        String b = "T" + RUN + "-B3";
        List<String> people = accountsOf(a);
        TestKeycloak.installUnreachable(proxy);
        ProblemException e = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            succeeded.fire(merger(communes(a, b)));
        }));
        assertEquals(ProblemType.DIRECTORY_UNAVAILABLE, e.type());
        assertEquals(503, e.type().status());
        assertTrue(units.findByCode(a).isEmpty() && units.findByCode(b).isEmpty(), "the merger's units were rolled back");
        for (String id : people) {
            assertEquals(a, unitOf(id));
        }
    }

    @Test
    void keycloakFailingHalfwayMovesTheFirstAccountsBackAndRollsTheMergerBack() {
        String a = "T" + RUN + "-A4";
        String b = "T" + RUN + "-B4";
        List<String> people = accountsOf(a);
        TestKeycloak.installFailingUpdates(proxy, 1);
        ProblemException e = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            succeeded.fire(merger(communes(a, b)));
        }));
        assertEquals(ProblemType.DIRECTORY_UNAVAILABLE, e.type());
        assertTrue(units.findByCode(a).isEmpty(), "the merger was rolled back");
        for (String id : people) {
            JsonNode u = keycloak.user(id).orElseThrow();
            assertEquals(a, KeycloakAdmin.attribute(u, "unit"), "no account was left in the successor");
        }
    }
}
