package vn.gov.cchc.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;

/**
 * Defect 10: a garbage bearer token made the backend ask the identity provider's introspection endpoint
 * (and log an ERROR) on every request. Tokens are JWTs verified locally: anything else is a 401 at once.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LocalTokenVerificationTest {

    @OidcWireMock
    WireMockServer provider;

    private int introspections() {
        return provider.findAll(anyRequestedFor(urlPathMatching(".*/introspect.*"))).size();
    }

    @Test
    void aTokenThatIsNotAJwtOfTheRealmIsA401WithNoRoundTrip() {
        // a real token still works (and warms the keys up)
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/me").then().statusCode(200);
        int before = introspections();
        List<String> garbage = List.of("garbage", "abc.def.ghi", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
                "x".repeat(2000), TestUsers.ptCoordinator() + "tampered");
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            for (String token : garbage) {
                RestAssured.given().header("Authorization", "Bearer " + token).get("/api/v1/me").then()
                        .statusCode(401);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(before, introspections(), "no token was sent to the introspection endpoint");
        assertTrue(millis < 10_000, "20 refusals took " + millis + " ms");
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/me").then().statusCode(200).body("username", equalTo("pt.coordinator"));
    }
}
