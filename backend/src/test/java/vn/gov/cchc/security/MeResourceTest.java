package vn.gov.cchc.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class MeResourceTest {

    @Test
    void coordinatorScopeIsTheProvince() {
        Api.as(TestUsers.hyCoordinator()).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("hy.coordinator"))
                .body("roles", contains("coordinator"))
                .body("unit.code", equalTo("HY-SNV"))
                .body("scopeUnit.code", equalTo("HY"))
                .body("permissions.canCreatePlans", equalTo(true));
    }

    @Test
    void officerScopeIsTheOwnUnit() {
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/me").then().statusCode(200)
                .body("unit.name", equalTo("UBND xã Năm Dẩn"))
                .body("scopeUnit.code", equalTo("TQ-NAMDAN"))
                .body("permissions.canCreatePlans", equalTo(true));
    }

    @Test
    void viewerAndIntegrationCreateNothing() {
        Api.as(TestUsers.hyViewer()).get("/api/v1/me").then().statusCode(200)
                .body("scopeUnit", nullValue())
                .body("permissions.canCreatePlans", equalTo(false));
        Api.as(TestUsers.integration()).get("/api/v1/me").then().statusCode(200)
                .body("unit", nullValue())
                .body("roles", contains("integration"))
                .body("permissions.canCreatePlans", equalTo(false));
    }

    @Test
    void anonymousIs401() {
        Api.anonymous().get("/api/v1/me").then().statusCode(401);
    }
}
