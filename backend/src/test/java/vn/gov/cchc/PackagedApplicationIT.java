package vn.gov.cchc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;

/** The packaged jar starts, migrates an empty database, loads the demo data and answers. */
@QuarkusIntegrationTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PackagedApplicationIT {

    @Test
    void readyAndServingPlans() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        Api.as(TestUsers.admin()).get("/api/v1/plans").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(4));
        Api.anonymous().get("/api/v1/plans").then().statusCode(401);
    }
}
