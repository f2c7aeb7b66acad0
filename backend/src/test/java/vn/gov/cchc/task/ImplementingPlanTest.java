package vn.gov.cchc.task;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/** A Tuyên Quang province plan; Năm Dẩn commune implements it; the coordinator follows coverage. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ImplementingPlanTest {

    @Test
    void theCommuneTakesOverItsTasksAndTheCoordinatorSeesWhatIsCovered() {
        String tq = TestUsers.tqCoordinator();
        long province = Tasks.draftPlan(tq, "TQ", "Kế hoạch tuyên truyền CCHC tỉnh");
        long all = add(tq, province, "I", "Tuyên truyền tại các cơ quan, đơn vị, địa phương", Tasks.group("ALL_LOCAL"));
        long communes = add(tq, province, "I", "Tuyên truyền trên hệ thống loa", Tasks.group("COMMUNES"));
        long dept = add(tq, province, "II", "Hướng dẫn nghiệp vụ", Tasks.unit(Plans.unitId("TQ-SVHTTDL")));
        long snv = add(tq, province, "II", "Tổng hợp, báo cáo", Tasks.unit(Plans.unitId("TQ-SNV")));
        // not issued yet: nothing to implement
        long namDan = Plans.unitId("TQ-NAMDAN");
        Api.as(TestUsers.namDanOfficer()).body(Map.of("issuingUnitId", namDan))
                .post("/api/v1/plans/{id}/implementing-plans", province).then().statusCode(404);
        Api.as(tq).body(Map.of("issuingUnitId", namDan)).post("/api/v1/plans/{id}/implementing-plans", province).then()
                .statusCode(409);
        // 159/KH-UBND of that day is the demo's own province plan (the parent of Năm Dẩn's demo plan): this is another
        Api.as(tq).body(Plans.issue("160/KH-UBND", "2025-12-30")).post("/api/v1/plans/{id}/issue", province).then()
                .statusCode(200);

        JsonPath child = Api.as(TestUsers.namDanOfficer()).body(Map.of("issuingUnitId", namDan))
                .post("/api/v1/plans/{id}/implementing-plans", province).then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("issuingUnit.code", equalTo("TQ-NAMDAN"))
                .body("parentPlan.id", equalTo((int) province))
                .body("legalBases[0]", startsWith("Kế hoạch số 160/KH-UBND ngày 30/12/2025 của UBND tỉnh Tuyên Quang"))
                .extract().jsonPath();
        long childId = child.getLong("id");
        JsonPath tasks = Api.as(TestUsers.namDanOfficer()).get("/api/v1/plans/{id}/tasks", childId).then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.parentTask.id", contains((int) all, (int) communes))
                .body("items.collect { it.lead[0].unit.code }", contains("TQ-NAMDAN", "TQ-NAMDAN"))
                .extract().jsonPath();
        // a second implementing plan for the same unit is refused
        Api.as(TestUsers.namDanLeader()).body(Map.of("issuingUnitId", namDan))
                .post("/api/v1/plans/{id}/implementing-plans", province).then().statusCode(409);
        // the commune adds its own task and gives one to a division
        long division = Plans.unitId("TQ-NAMDAN-VHXH");
        Api.as(TestUsers.namDanOfficer()).body(Tasks.task("III", "Đối thoại với người dân", List.of(Tasks.unit(division)),
                "Quý II, III năm 2026")).post("/api/v1/plans/{id}/tasks", childId).then().statusCode(201);
        var edit = Tasks.task("I", tasks.getString("items[1].content"), List.of(Tasks.unit(division)), "Định kỳ hàng tháng");
        edit.put("parentTaskId", communes);
        Api.as(TestUsers.namDanOfficer()).header("If-Match", "\"" + tasks.getInt("items[1].version") + "\"").body(edit)
                .put("/api/v1/tasks/{id}", tasks.getLong("items[1].id")).then().statusCode(200)
                .body("lead[0].unit.code", equalTo("TQ-NAMDAN-VHXH")).body("parentTask.id", equalTo((int) communes));
        // a parent task that does not exist answers 404 with the field named, like one in a path
        edit.put("parentTaskId", dept + 100_000);
        Api.as(TestUsers.namDanOfficer()).header("If-Match", "\"1\"").body(edit)
                .put("/api/v1/tasks/{id}", tasks.getLong("items[1].id")).then().statusCode(404)
                .body("errors[0].field", equalTo("parentTaskId"));

        // coverage: Năm Dẩn has a draft that covers both its tasks; the departments have nothing yet
        Api.as(tq).get("/api/v1/plans/{id}/coverage", province).then().statusCode(200)
                .body("issued", equalTo(0))
                .body("rows.find { it.unit.code == 'TQ-NAMDAN' }.implementingPlan.id", equalTo((int) childId))
                .body("rows.find { it.unit.code == 'TQ-NAMDAN' }.issued", equalTo(false))
                .body("rows.find { it.unit.code == 'TQ-NAMDAN' }.uncoveredTasks", empty())
                .body("rows.find { it.unit.code == 'TQ-SVHTTDL' }.implementingPlan", nullValue())
                .body("rows.find { it.unit.code == 'TQ-SVHTTDL' }.uncoveredTasks.id", contains((int) all, (int) dept))
                .body("rows.find { it.unit.code == 'TQ-SNV' }.leads", equalTo(true))
                .body("rows.find { it.unit.code == 'TQ-BAO' }.uncoveredTasks.id", contains((int) all))
                .body("rows.find { it.unit.code == 'TQ-NAMDAN-VHXH' }", nullValue())
                // the province's other communes (loaded from the national list) owe both commune tasks too
                .body("rows.find { it.unit.name == 'Xã Nậm Dịch' }.implementingPlan", nullValue())
                .body("rows.find { it.unit.name == 'Xã Nậm Dịch' }.uncoveredTasks.id", contains((int) all, (int) communes));

        // the commune drops a task, its leader issues: coverage shows it issued, with the dropped task uncovered
        Api.as(TestUsers.namDanOfficer()).delete("/api/v1/tasks/{id}", tasks.getLong("items[0].id")).then()
                .statusCode(204);
        Api.as(TestUsers.namDanLeader()).body(Plans.issue("12/KH-UBND", "2026-01-09"))
                .post("/api/v1/plans/{id}/issue", childId).then().statusCode(200);
        Api.as(tq).get("/api/v1/plans/{id}/coverage", province).then().statusCode(200)
                .body("issued", equalTo(1))
                .body("rows.find { it.unit.code == 'TQ-NAMDAN' }.issued", equalTo(true))
                .body("rows.find { it.unit.code == 'TQ-NAMDAN' }.implementingPlan.number", equalTo("12/KH-UBND"))
                .body("rows.find { it.unit.code == 'TQ-NAMDAN' }.implementingPlan.issuedOn", notNullValue())
                .body("rows.find { it.unit.code == 'TQ-NAMDAN' }.uncoveredTasks.id", contains((int) all));

        // coverage is for the issuer and its coordinators
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/plans/{id}/coverage", province).then().statusCode(403);
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}/coverage", province).then().statusCode(404);
        Api.as(TestUsers.hyViewer()).get("/api/v1/plans/{id}/coverage", province).then().statusCode(403);
        // nothing falls on the Phú Thọ department; another unit's plan may not be started
        Api.as(tq).body(Map.of("issuingUnitId", Plans.unitId("TQ-NAMDAN-KT")))
                .post("/api/v1/plans/{id}/implementing-plans", province).then().statusCode(400)
                .body("errors[0].field", equalTo("issuingUnitId"));
        Api.as(TestUsers.namDanOfficer()).body(Map.of("issuingUnitId", Plans.unitId("TQ-SNV")))
                .post("/api/v1/plans/{id}/implementing-plans", province).then().statusCode(403);
        Api.as(TestUsers.namDanOfficer()).body(Map.of("issuingUnitId", 999_999))
                .post("/api/v1/plans/{id}/implementing-plans", province).then().statusCode(400);
        Api.as(TestUsers.hyViewer()).body(Map.of("issuingUnitId", namDan))
                .post("/api/v1/plans/{id}/implementing-plans", province).then().statusCode(403);
        Api.as(TestUsers.namDanOfficer()).body(Map.of()).post("/api/v1/plans/{id}/implementing-plans", province).then()
                .statusCode(400).body("errors[0].field", equalTo("issuingUnitId"));
    }

    private static long add(String token, long plan, String section, String content, Map<String, Object> lead) {
        return Api.as(token).body(Tasks.task(section, content, List.of(lead), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
