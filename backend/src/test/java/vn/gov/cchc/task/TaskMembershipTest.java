package vn.gov.cchc.task;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;
import vn.gov.cchc.support.Units;

/**
 * The read model behind a unit's task list ({@link TaskMembership}) agrees with the rule it caches after the changes
 * that move it: an entry changed to a group later, a unit created after the plan, a unit moved in the tree.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TaskMembershipTest {

    @Inject
    TaskMembership membership;

    static String n() {
        return Long.toString(System.nanoTime() % 10_000_000);
    }

    static long unit(String code, String name, String kind, long parentId) {
        return Api.as(TestUsers.ptAdmin()).body(Units.body(code, name, kind, parentId)).post("/api/v1/units").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** The test's communes leave the tree (the national list's comparison of Phú Thọ counts its communes). */
    static void dissolve(long id) {
        Api.as(TestUsers.admin()).body(Map.of("effectiveOn", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                "legalBasis", "Dọn dữ liệu thử")).post("/api/v1/units/{id}/dissolve", id).then().statusCode(200);
    }

    static ValidatableResponse tasksOf(long unitId, long planId) {
        return Api.as(TestUsers.ptCoordinator()).queryParam("unitId", unitId).queryParam("planId", planId)
                .get("/api/v1/tasks").then().statusCode(200);
    }

    @Test
    void aGroupAssignmentAddedLaterReachesCommunesOldAndNew() {
        String n = n();
        String pt = TestUsers.ptCoordinator();
        long before = unit("PT-TM-A" + n, "UBND xã Trước " + n, "COMMUNE", Plans.unitId("PT"));
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch thử mô hình đọc " + n);
        long task = Api.as(pt).body(Tasks.task("I", "Việc của Sở " + n, List.of(Tasks.unit(Plans.unitId("PT-SNV"))), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        tasksOf(before, plan).body("total", equalTo(0));

        // the entry becomes "UBND cấp xã": the commune that already existed has it now
        Api.as(pt).header("If-Match", "\"0\"")
                .body(Tasks.task("I", "Việc của Sở " + n, List.of(Tasks.unit(Plans.unitId("PT-SNV")), Tasks.group("COMMUNES")),
                        "Năm 2026"))
                .put("/api/v1/tasks/{id}", task).then().statusCode(200);
        tasksOf(before, plan).body("items.task.id", contains((int) task)).body("items[0].via", equalTo("GROUP"))
                .body("items[0].group", equalTo("COMMUNES"));

        // a commune created afterwards has it too; a department does not (the group names communes)
        long after = unit("PT-TM-B" + n, "UBND xã Sau " + n, "COMMUNE", Plans.unitId("PT"));
        tasksOf(after, plan).body("items.task.id", contains((int) task)).body("items[0].role", equalTo("LEAD"));
        tasksOf(Plans.unitId("PT-SVHTTDL"), plan).body("total", equalTo(0));
        assertThat(membership.differences(), empty());
        dissolve(before);
        dissolve(after);
    }

    @Test
    void aUnitMovedInTheTreeTakesTheGroupsOfItsNewParent() {
        String n = n();
        String pt = TestUsers.ptCoordinator();
        long from = unit("PT-TM-F" + n, "UBND xã Cũ " + n, "COMMUNE", Plans.unitId("PT"));
        long to = unit("PT-TM-T" + n, "UBND xã Mới " + n, "COMMUNE", Plans.unitId("PT"));
        long division = unit("PT-TM-D" + n, "Phòng Kinh tế " + n, "COMMUNE_DIVISION", from);
        long fromPlan = Tasks.draftPlan(pt, "PT-TM-F" + n, "Kế hoạch của xã cũ " + n);
        long toPlan = Tasks.draftPlan(pt, "PT-TM-T" + n, "Kế hoạch của xã mới " + n);
        long fromTask = Api.as(pt).body(Tasks.task("I", "Việc các phòng xã cũ " + n, List.of(Tasks.group("DEPARTMENTS")), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", fromPlan).then().statusCode(201).extract().jsonPath().getLong("id");
        long toTask = Api.as(pt).body(Tasks.task("I", "Việc các phòng xã mới " + n, List.of(Tasks.group("DEPARTMENTS")), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", toPlan).then().statusCode(201).extract().jsonPath().getLong("id");
        tasksOf(division, fromPlan).body("items.task.id", contains((int) fromTask));
        tasksOf(division, toPlan).body("total", equalTo(0));

        Api.as(TestUsers.ptAdmin())
                .body(Map.of("parentId", to, "effectiveOn", "2026-02-01", "legalBasis", "Quyết định thử số " + n + "/QĐ-UBND"))
                .post("/api/v1/units/{id}/move", division).then().statusCode(200);
        tasksOf(division, fromPlan).body("total", equalTo(0));
        tasksOf(division, toPlan).body("items.task.id", contains((int) toTask)).body("items[0].via", equalTo("GROUP"));
        assertThat(membership.differences(), empty());
        dissolve(from);
        dissolve(to);
    }
}
