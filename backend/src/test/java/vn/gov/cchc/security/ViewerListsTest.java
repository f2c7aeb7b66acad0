package vn.gov.cchc.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.SeedPlans;
import vn.gov.cchc.support.TestUsers;

/**
 * Every list endpoint as hy.viewer (read-only, unit UBND tỉnh Hưng Yên): a page, or 403 where the
 * role may not list; never a 500.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ViewerListsTest {

    @Test
    void myTasksForAViewerIsAPageNotA500() {
        Api.as(TestUsers.hyViewer()).get("/api/v1/tasks").then().statusCode(200)
                .body("page", equalTo(0)).body("items", notNullValue());
        Api.as(TestUsers.hyViewer()).queryParam("unitId", Plans.unitId("HY")).get("/api/v1/tasks").then()
                .statusCode(200);
    }

    @Test
    void theOtherListsAnswerAViewer() {
        String viewer = TestUsers.hyViewer();
        long hyPlan = Plans.planId(SeedPlans.HY_PAPI);
        Api.as(viewer).get("/api/v1/plans").then().statusCode(200).body("total", greaterThan(0));
        Api.as(viewer).get("/api/v1/plans/{id}/tasks", hyPlan).then().statusCode(200);
        Api.as(viewer).get("/api/v1/plans/{id}/report-schedules", hyPlan).then().statusCode(200);
        Api.as(viewer).get("/api/v1/deadlines").then().statusCode(200);
        Api.as(viewer).get("/api/v1/units").then().statusCode(200).body("total", greaterThan(0));
        Api.as(viewer).get("/api/v1/units/tree").then().statusCode(200);
        Api.as(viewer).get("/api/v1/notifications").then().statusCode(200);
        Api.as(viewer).get("/api/v1/calendar/years").then().statusCode(200);
        Api.as(viewer).get("/api/v1/reference-lists").then().statusCode(200);
        // reports are for the units that write them and the coordinators that receive them
        Api.as(viewer).get("/api/v1/reports").then().statusCode(403);
    }
}
