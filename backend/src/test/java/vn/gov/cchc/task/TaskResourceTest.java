package vn.gov.cchc.task;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TaskResourceTest {

    @Test
    void addEditReorderAndDeleteTasksOfADraft() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch có phụ lục");
        Map<String, Object> first = Tasks.task("I", "Tuyên truyền trên cổng thông tin",
                List.of(Tasks.group("ALL_LOCAL")), "Năm 2026");
        first.put("areas", List.of("PROCEDURES", "DIGITAL_GOVERNMENT"));
        first.put("indices", List.of("PAR_INDEX"));
        first.put("forms", List.of("PORTAL"));
        first.put("target", Map.of("quantity", 3, "measure", "cuộc đối thoại", "metric", "DIALOGUES", "perUnit", true));
        first.put("budgetVnd", 50_000_000);
        long a = Api.as(pt).body(first).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("sectionCode", equalTo("I")).body("orderNo", equalTo(1))
                .body("lead[0].group", equalTo("ALL_LOCAL"))
                .body("lead[0].text", equalTo("Các cơ quan, đơn vị, địa phương"))
                .body("cooperating[0].resolved", equalTo(false))
                .body("timeframe.kind", equalTo("WHOLE_YEAR"))
                .body("timeframe.start", equalTo("2026-01-01")).body("timeframe.end", equalTo("2026-12-31"))
                .body("target.quantity", equalTo(3)).body("target.metric", equalTo("DIALOGUES"))
                .body("areas", contains("PROCEDURES", "DIGITAL_GOVERNMENT"))
                .body("editable", equalTo(true))
                .extract().jsonPath().getLong("id");
        long b = Api.as(pt).body(Tasks.task("II", "Hướng dẫn tuyên truyền", List.of(Tasks.unit(Plans.unitId("PT-SVHTTDL"))),
                "Quý II, III năm 2026")).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201)
                .body("lead[0].unit.code", equalTo("PT-SVHTTDL"))
                .body("timeframe.kind", equalTo("QUARTERS"))
                .body("timeframe.quarters", contains(2, 3))
                .body("timeframe.start", equalTo("2026-04-01")).body("timeframe.end", equalTo("2026-09-30"))
                .extract().jsonPath().getLong("id");
        // a second task of section I goes after the first, before section II
        long c = Api.as(pt).body(Tasks.task("I", "Tập huấn", List.of(Tasks.group("DEPARTMENTS"), Tasks.group("COMMUNES")),
                "Định kỳ hàng tháng")).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201)
                .body("orderNo", equalTo(2)).body("position", equalTo(1))
                .extract().jsonPath().getLong("id");
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200)
                .body("items.id", contains((int) a, (int) c, (int) b))
                .body("items.orderNo", contains(1, 2, 1));

        Map<String, Object> edit = Tasks.task("I", "Tập huấn chuyên sâu", List.of(Tasks.group("COMMUNES")), "30/6/2026");
        Api.as(pt).header("If-Match", "\"0\"").body(edit).put("/api/v1/tasks/{id}", c).then().statusCode(200)
                .body("content", equalTo("Tập huấn chuyên sâu"))
                .body("timeframe.kind", equalTo("DATE")).body("timeframe.end", equalTo("2026-06-30"))
                .body("version", equalTo(1));
        Api.as(pt).header("If-Match", "\"0\"").body(edit).put("/api/v1/tasks/{id}", c).then().statusCode(412);

        Api.as(pt).body(Map.of("taskIds", List.of(c, a, b))).put("/api/v1/plans/{id}/tasks/order", plan).then()
                .statusCode(200).body("items.id", contains((int) c, (int) a, (int) b))
                .body("items.orderNo", contains(1, 2, 1));
        Api.as(pt).body(Map.of("taskIds", List.of(c, a))).put("/api/v1/plans/{id}/tasks/order", plan).then()
                .statusCode(400).body("errors[0].field", equalTo("taskIds"));

        Api.as(pt).delete("/api/v1/tasks/{id}", c).then().statusCode(204);
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200)
                .body("items.id", contains((int) a, (int) b)).body("items.orderNo", contains(1, 1));
        Api.as(pt).get("/api/v1/tasks/{id}", c).then().statusCode(404);
    }

    @Test
    void theAppendixOfAnIssuedPlanIsReadOnly() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch sẽ ban hành");
        long t = Api.as(pt).body(Tasks.task(null, "Nhiệm vụ", List.of(Tasks.group("COMMUNES")), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(pt).body(Plans.issue("501/KH-UBND", "2026-02-02")).post("/api/v1/plans/{id}/issue", plan).then()
                .statusCode(200);
        Api.as(pt).get("/api/v1/tasks/{id}", t).then().statusCode(200).body("editable", equalTo(false));
        Api.as(pt).body(Tasks.task(null, "Thêm", List.of(Tasks.group("COMMUNES")), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(409);
        Api.as(pt).header("If-Match", "\"0\"").body(Tasks.task(null, "Sửa", List.of(), "Năm 2026"))
                .put("/api/v1/tasks/{id}", t).then().statusCode(409);
        Api.as(pt).delete("/api/v1/tasks/{id}", t).then().statusCode(409);
    }

    @Test
    void whoMayTouchTasks() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch nháp");
        Map<String, Object> body = Tasks.task(null, "Nhiệm vụ", List.of(Tasks.group("COMMUNES")), "Năm 2026");
        long t = Api.as(pt).body(body).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        // roles that never write
        Api.as(TestUsers.hyViewer()).body(body).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(403);
        Api.as(TestUsers.integration()).delete("/api/v1/tasks/{id}", t).then().statusCode(403);
        // another province, or a unit below that does not see the draft: 404
        Api.as(TestUsers.hyCoordinator()).body(body).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(404);
        Api.as(TestUsers.hyCoordinator()).get("/api/v1/tasks/{id}", t).then().statusCode(404);
        Api.as(TestUsers.ptCultureOfficer()).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(404);
        Api.as(TestUsers.ptCultureOfficer()).delete("/api/v1/tasks/{id}", t).then().statusCode(404);
        Api.anonymous().get("/api/v1/tasks/{id}", t).then().statusCode(401);
    }

    @Test
    void badTaskInput() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch kiểm tra dữ liệu");
        // a unit of another province
        Api.as(pt).body(Tasks.task(null, "x", List.of(Tasks.unit(Plans.unitId("HY-SNV"))), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("lead[0].unitId"));
        // an unknown area code, an unknown group, an empty entry, both unit and group
        Map<String, Object> body = Tasks.task(null, "x", List.of(Tasks.group("COMMUNES")), "Năm 2026");
        body.put("areas", List.of("PROCEDURES", "GARDENING"));
        Api.as(pt).body(body).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("areas[1]"));
        Api.as(pt).body(Tasks.task(null, "x", List.of(Tasks.group("EVERYONE")), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("lead[0].group"));
        Api.as(pt).body(Tasks.task(null, "x", List.of(Map.of()), "Năm 2026")).post("/api/v1/plans/{id}/tasks", plan)
                .then().statusCode(400).body("errors[0].field", equalTo("lead[0]"));
        Api.as(pt).body(Tasks.task(null, "x", List.of(Map.of("unitId", Plans.unitId("PT-SNV"), "group", "COMMUNES")),
                "Năm 2026")).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("lead[0]"));
        // a section that is not a Roman numeral, no content, a negative budget, an impossible range
        Map<String, Object> bad = Tasks.task("2a", "", List.of(), "Năm 2026");
        bad.put("budgetVnd", -1);
        bad.put("timeframe", Map.of("kind", "DATE_RANGE", "start", "2026-06-30", "end", "2026-02-31"));
        Api.as(pt).body(bad).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(400)
                .body("errors.field", hasItem("timeframe.end"));
        bad.put("timeframe", Map.of("kind", "DATE_RANGE", "start", "2026-06-30", "end", "2026-02-28"));
        Api.as(pt).body(bad).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(400)
                .body("errors.field", contains("budgetVnd", "content", "sectionCode"));
        bad.put("budgetVnd", 1);
        bad.put("content", "y");
        bad.put("sectionCode", "II");
        Api.as(pt).body(bad).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("timeframe.end"));
        // a timeframe not understood is kept as text, without dates
        Api.as(pt).body(Tasks.task(null, "x", List.of(), "sớm nhất có thể")).post("/api/v1/plans/{id}/tasks", plan)
                .then().statusCode(201).body("timeframe.kind", equalTo("UNSPECIFIED"))
                .body("timeframe.text", equalTo("sớm nhất có thể")).body("timeframe.start", nullValue());
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void referenceListsCarryBothLanguages() {
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/reference-lists").then().statusCode(200)
                .body("cchcAreas.code", contains("INSTITUTIONS", "PROCEDURES", "ORGANISATION", "CIVIL_SERVICE",
                        "PUBLIC_FINANCE", "DIGITAL_GOVERNMENT"))
                .body("papiDimensions.size()", equalTo(8))
                .body("indices.code", contains("PAR_INDEX", "SIPAS", "PAPI", "PCI"))
                .body("unitGroups.find { it.code == 'COMMUNES' }.label", equalTo("UBND cấp xã"))
                .body("metrics.find { it.code == 'DIALOGUES' }.measure", equalTo("cuộc"));
        Api.as(TestUsers.namDanOfficer()).header("Accept-Language", "en").get("/api/v1/reference-lists").then()
                .statusCode(200)
                .body("cchcAreas[0].label", equalTo("Institutional reform"))
                .body("cchcAreas[0].labelVi", equalTo("Cải cách thể chế"));
        Api.anonymous().get("/api/v1/reference-lists").then().statusCode(401);
    }
}
