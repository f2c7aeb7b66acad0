package vn.gov.cchc.task;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/** "My tasks": what falls on a unit, directly or through a group, once the plan is issued. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnitTasksTest {

    static long plan;
    static String marker;

    /** Runs once, from the first test (RestAssured is not pointed at the app before then). */
    static synchronized void anIssuedProvincePlanWithGroups() {
        if (marker != null) {
            return;
        }
        String pt = TestUsers.ptCoordinator();
        marker = "đánh dấu " + System.nanoTime();
        plan = Tasks.draftPlan(pt, "PT", "Kế hoạch giao việc");
        Api.as(pt).body(Tasks.task("I", "Tuyên truyền chung " + marker, List.of(Tasks.group("ALL_LOCAL")), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        Api.as(pt).body(Tasks.task("I", "Loa truyền thanh " + marker, List.of(Tasks.group("COMMUNES")), "Định kỳ hàng tháng"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        var guide = Tasks.task("II", "Hướng dẫn tuyên truyền " + marker, List.of(Tasks.unit(Plans.unitId("PT-SVHTTDL"))),
                "Quý II, III năm 2026");
        guide.put("cooperating", List.of(Tasks.unit(Plans.unitId("PT-VIETTRI"))));
        guide.put("areas", List.of("PROCEDURES"));
        Api.as(pt).body(guide).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        Api.as(pt).body(Tasks.task("II", "Sở Nội vụ tổng hợp " + marker, List.of(Tasks.unit(Plans.unitId("PT-SNV"))), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
    }

    private static void issue() {
        anIssuedProvincePlanWithGroups();
        var status = Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}", plan).then().extract().path("status");
        if ("DRAFT".equals(status)) {
            Api.as(TestUsers.ptCoordinator()).body(Plans.issue((System.nanoTime() % 90000 + 1000) + "/KH-UBND", "2026-03-03"))
                    .post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        }
    }

    @Test
    void aDepartmentSeesWhatItLeadsCooperatesOnAndWhatItsGroupsGet() {
        issue();
        Api.as(TestUsers.ptCultureOfficer()).queryParam("planId", plan).queryParam("size", 100).get("/api/v1/tasks")
                .then().statusCode(200)
                .body("items.task.content", containsInAnyOrder("Tuyên truyền chung " + marker,
                        "Hướng dẫn tuyên truyền " + marker))
                .body("items.find { it.task.content.startsWith('Hướng dẫn') }.role", equalTo("LEAD"))
                .body("items.find { it.task.content.startsWith('Hướng dẫn') }.via", equalTo("DIRECT"))
                .body("items.find { it.task.content.startsWith('Tuyên truyền') }.via", equalTo("GROUP"))
                .body("items.find { it.task.content.startsWith('Tuyên truyền') }.group", equalTo("ALL_LOCAL"))
                .body("items.plan.id", everyItem(equalTo((int) plan)));
    }

    @Test
    void aCommuneSeesTheTasksOfUbndCapXaAndOfAllLocalUnits() {
        issue();
        long vietTri = Plans.unitId("PT-VIETTRI");
        Api.as(TestUsers.ptCoordinator()).queryParam("unitId", vietTri).queryParam("planId", plan)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.task.content", containsInAnyOrder("Tuyên truyền chung " + marker,
                        "Loa truyền thanh " + marker, "Hướng dẫn tuyên truyền " + marker))
                .body("items.find { it.task.content.startsWith('Loa') }.group", equalTo("COMMUNES"))
                .body("items.find { it.task.content.startsWith('Hướng dẫn') }.role", equalTo("COOPERATING"));
        // a commune created later gets the group tasks too
        Api.as(TestUsers.ptCoordinator()).queryParam("unitId", Plans.unitId("PT-VINHYEN")).queryParam("planId", plan)
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.task.content", containsInAnyOrder("Tuyên truyền chung " + marker, "Loa truyền thanh " + marker));
        // filters
        Api.as(TestUsers.ptCoordinator()).queryParam("unitId", vietTri).queryParam("planId", plan)
                .queryParam("role", "LEAD").get("/api/v1/tasks").then().statusCode(200)
                .body("items.task.content", not(hasItem("Hướng dẫn tuyên truyền " + marker)));
        Api.as(TestUsers.ptCoordinator()).queryParam("unitId", vietTri).queryParam("area", "PROCEDURES")
                .queryParam("planId", plan).get("/api/v1/tasks").then().statusCode(200)
                .body("items.task.content", containsInAnyOrder("Hướng dẫn tuyên truyền " + marker));
        Api.as(TestUsers.ptCoordinator()).queryParam("unitId", vietTri).queryParam("timeframe", "MONTHLY")
                .queryParam("planId", plan).get("/api/v1/tasks").then().statusCode(200)
                .body("items.task.content", containsInAnyOrder("Loa truyền thanh " + marker));
        Api.as(TestUsers.ptCoordinator()).queryParam("unitId", vietTri).queryParam("q", "loa truyen")
                .queryParam("planId", plan).get("/api/v1/tasks").then().statusCode(200)
                .body("items.task.content", containsInAnyOrder("Loa truyền thanh " + marker));
        Api.as(TestUsers.ptCoordinator()).queryParam("unitId", vietTri).queryParam("q", "loa truy, thanh")
                .queryParam("planId", plan).get("/api/v1/tasks").then().statusCode(200)
                .body("items.task.content", containsInAnyOrder("Loa truyền thanh " + marker));
    }

    @Test
    void draftsFallOnNobodyBelowAndOtherUnitsAreOutOfScope() {
        anIssuedProvincePlanWithGroups();
        long draft = Tasks.draftPlan(TestUsers.ptCoordinator(), "PT", "Dự thảo giao việc");
        Api.as(TestUsers.ptCoordinator()).body(Tasks.task(null, "Việc của dự thảo", List.of(Tasks.group("DEPARTMENTS")),
                "Năm 2026")).post("/api/v1/plans/{id}/tasks", draft).then().statusCode(201);
        Api.as(TestUsers.ptCultureOfficer()).queryParam("planId", draft).get("/api/v1/tasks").then().statusCode(200)
                .body("total", equalTo(0));
        // a unit outside the caller's scope: 404, as if it did not exist
        Api.as(TestUsers.ptCultureOfficer()).queryParam("unitId", Plans.unitId("PT-VIETTRI")).get("/api/v1/tasks")
                .then().statusCode(404);
        Api.as(TestUsers.namDanOfficer()).queryParam("unitId", Plans.unitId("PT-VIETTRI")).get("/api/v1/tasks")
                .then().statusCode(404);
        Api.as(TestUsers.integration()).get("/api/v1/tasks").then().statusCode(403);
        Api.as(TestUsers.admin()).get("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("unitId"));
    }
}
