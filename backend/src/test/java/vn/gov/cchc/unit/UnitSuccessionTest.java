package vn.gov.cchc.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Schedules;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * Two wards of Phú Thọ merge into a new ward: the open deadline, the task and the draft report follow the new
 * ward; the report sent before stays with the old ward under its old name; the tree as of the day before shows
 * the two wards, today's the new one; the history links them.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnitSuccessionTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String BASIS = "Nghị quyết số 1676/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội";

    static long ward(String code, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", "COMMUNE");
        body.put("parentId", Plans.unitId("PT"));
        body.put("validFrom", "2025-07-01");
        return Api.as(TestUsers.ptAdmin()).body(body).post("/api/v1/units").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void mergedWardsHandTheirOpenWorkToTheNewWardAndKeepTheirSentReports() {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        String codeA = "PT-TEST-A" + n;
        String codeB = "PT-TEST-B" + n;
        long a = ward(codeA, "UBND phường Thử Nghiệm A " + n);
        long b = ward(codeB, "UBND phường Thử Nghiệm B " + n);

        // a province plan: ward A leads a task, every ward reports quarterly
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch sáp nhập thử");
        Api.as(pt).body(Tasks.task("I", "Rà soát thủ tục hành chính", List.of(Tasks.unit(a)), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        Api.as(pt).body(Tasks.task("II", "Số hóa hồ sơ", List.of(Tasks.unit(a), Tasks.unit(b)), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        long s = Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(pt).body(Plans.issue((System.nanoTime() % 90000 + 1000) + "/KH-UBND", "2026-03-02"))
                .post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);

        // ward A sends its Q1 report and drafts Q2's
        String officerA = TestUsers.token("a.officer", codeA, "officer");
        String leaderA = TestUsers.token("a.leader", codeA, "leader");
        long sent = Api.as(officerA).body(Map.of("scheduleId", s, "periodKey", "2026-Q1")).post("/api/v1/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(officerA).body(Map.of()).post("/api/v1/reports/{id}/submit", sent).then().statusCode(200);
        Api.as(leaderA).body(Map.of()).post("/api/v1/reports/{id}/approve", sent).then().statusCode(200)
                .body("report.state", equalTo("SENT"));
        long draft = Api.as(officerA).body(Map.of("scheduleId", s, "periodKey", "2026-Q2")).post("/api/v1/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String oldName = "UBND phường Thử Nghiệm A " + n;
        assertTrue(openDeadlines(plan, a).size() > 0, "ward A has open deadlines before the merger");

        // the merger
        Map<String, Object> newUnit = Map.of("code", "PT-TEST-M" + n, "name", "UBND phường Hợp Nhất " + n,
                "shortName", "Phường Hợp Nhất");
        JsonPath merged = Api.as(TestUsers.ptAdmin())
                .body(Map.of("predecessorIds", List.of(a, b), "newUnit", newUnit, "effectiveOn", TODAY.toString(),
                        "legalBasis", BASIS))
                .post("/api/v1/units/mergers").then().statusCode(201)
                .body("name", equalTo("UBND phường Hợp Nhất " + n))
                .body("validFrom", equalTo(TODAY.toString()))
                .body("predecessors.unit.id", contains((int) a, (int) b))
                .body("predecessors.legalBasis", everyItem(equalTo(BASIS)))
                .extract().jsonPath();
        long m = merged.getLong("id");

        // open deadlines now belong to the new ward; the old wards keep none open
        List<Map<String, Object>> moved = openDeadlines(plan, m);
        assertTrue(moved.stream().anyMatch(d -> "REPORT".equals(d.get("kind"))), "report deadlines moved: " + moved);
        assertTrue(moved.stream().anyMatch(d -> "IMPLEMENTING_PLAN".equals(d.get("kind"))), "implementing plan moved: " + moved);
        assertEquals(List.of(), openDeadlines(plan, a));
        assertEquals(List.of(), openDeadlines(plan, b));
        // one report deadline per period for the new ward, not one per old ward
        long q4 = moved.stream().filter(d -> "REPORT".equals(d.get("kind")))
                .filter(d -> "2026-Q4".equals(((Map<?, ?>) d.get("period")).get("key"))).count();
        assertEquals(1, q4);

        // the tasks fall on the new ward, once each, as lead
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200)
                .body("items.lead.flatten().unit.id", everyItem(equalTo((int) m)))
                .body("items[1].lead.size()", equalTo(1));

        // the draft followed; the sent report stays with ward A under its old name
        Api.as(TestUsers.admin()).get("/api/v1/reports/{id}", draft).then().statusCode(200)
                .body("unit.id", equalTo((int) m));
        Api.as(pt).get("/api/v1/reports/{id}", sent).then().statusCode(200)
                .body("unit.id", equalTo((int) a)).body("unit.name", equalTo(oldName)).body("state", equalTo("SENT"));

        // today's tree has the new ward, not the old ones; the day before had the old ones, not the new one
        long ptId = Plans.unitId("PT");
        Api.as(TestUsers.hyViewer()).queryParam("rootId", ptId).get("/api/v1/units/tree").then().statusCode(200)
                .body("[0].children.id", hasItem((int) m))
                .body("[0].children.id", not(hasItem((int) a)))
                .body("[0].children.id", not(hasItem((int) b)));
        Api.as(TestUsers.hyViewer()).queryParam("rootId", ptId).queryParam("asOf", TODAY.minusDays(1).toString())
                .get("/api/v1/units/tree").then().statusCode(200)
                .body("[0].children.id", hasItems((int) a, (int) b))
                .body("[0].children.id", not(hasItem((int) m)))
                .body("[0].children.find { it.id == " + a + " }.name", equalTo(oldName));
        // dissolved units only when asked for
        Api.as(TestUsers.hyViewer()).queryParam("q", "thu nghiem a " + n).get("/api/v1/units").then().statusCode(200)
                .body("total", equalTo(0));
        Api.as(TestUsers.hyViewer()).queryParam("q", "thu nghiem a " + n).queryParam("includeDissolved", true)
                .get("/api/v1/units").then().statusCode(200)
                .body("items.id", contains((int) a)).body("items.validTo", everyItem(equalTo(TODAY.minusDays(1).toString())));

        // history on both sides
        Api.as(TestUsers.hyViewer()).get("/api/v1/units/{id}/history", a).then().statusCode(200)
                .body("validTo", equalTo(TODAY.minusDays(1).toString()))
                .body("versions.change", contains("CREATED", "MERGED"))
                .body("successors.unit.id", contains((int) m))
                .body("successors[0].kind", equalTo("MERGER"))
                .body("successors[0].effectiveOn", equalTo(TODAY.toString()))
                .body("successors[0].legalBasis", equalTo(BASIS));
        Api.as(TestUsers.hyViewer()).get("/api/v1/units/{id}/history", m).then().statusCode(200)
                .body("predecessors.unit.id", contains((int) a, (int) b))
                .body("versions.change", contains("CREATED"));

        // the old ward can no longer be changed, nor merged again
        Api.as(TestUsers.ptAdmin()).body(Map.of("name", "X", "effectiveOn", TODAY.toString(), "legalBasis", BASIS))
                .post("/api/v1/units/{id}/rename", a).then().statusCode(409);
        Api.as(TestUsers.ptAdmin()).body(Map.of("predecessorIds", List.of(a), "successorId", m, "effectiveOn", TODAY.toString(),
                "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(400)
                .body("errors.field", hasItem("predecessorIds"));

        cleanUp(m);
    }

    @Test
    void aRefusedMoveOfOpenWorkRecordsNothing() {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        String codeA = "PT-TEST-C" + n;
        long a = ward(codeA, "UBND phường Thử Nghiệm C " + n);
        long b = ward("PT-TEST-D" + n, "UBND phường Thử Nghiệm D " + n);
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch sáp nhập bị từ chối");
        Api.as(pt).body(Tasks.task("I", "Rà soát", List.of(Tasks.unit(a), Tasks.unit(b)), "Năm 2026"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        long s = Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(pt).body(Plans.issue((System.nanoTime() % 90000 + 1000) + "/KH-UBND", "2026-03-02"))
                .post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        // both wards draft the same period: the successor cannot hold two drafts of it
        for (long[] w : new long[][] { { a }, { b } }) {
            String code = w[0] == a ? codeA : "PT-TEST-D" + n;
            Api.as(TestUsers.token("x.officer", code, "officer")).body(Map.of("scheduleId", s, "periodKey", "2026-Q2"))
                    .post("/api/v1/reports").then().statusCode(201);
        }
        Api.as(TestUsers.ptAdmin()).body(Map.of("predecessorIds", List.of(a), "successorId", b, "effectiveOn", TODAY.toString(),
                "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(409);
        // nothing recorded: ward A is current, without successors, its deadlines its own
        Api.as(TestUsers.hyViewer()).get("/api/v1/units/{id}", a).then().statusCode(200)
                .body("validTo", equalTo(null)).body("successors.size()", equalTo(0));
        Api.as(TestUsers.hyViewer()).get("/api/v1/units/{id}/history", a).then().statusCode(200)
                .body("versions.change", contains("CREATED"));
        assertTrue(openDeadlines(plan, a).size() > 0);
        cleanUp(a);
        cleanUp(b);
    }

    List<Map<String, Object>> openDeadlines(long plan, long unit) {
        return Api.as(TestUsers.admin()).queryParam("planId", plan).queryParam("unitId", unit).queryParam("subtree", false)
                .queryParam("size", 100).get("/api/v1/deadlines").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .filter(d -> List.of("OPEN", "DUE_SOON", "OVERDUE").contains(d.get("state"))).toList();
    }

    @Test
    void aWardCreatedAfterAPlanWasIssuedOwesItsGroupTasksAndTheOtherUnitsObligationsStayAsTheyWere() {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch giao cho UBND cấp xã");
        Api.as(pt).body(Tasks.task("I", "Phát thanh trên loa", List.of(Tasks.group("COMMUNES")), "Định kỳ hàng tháng"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201);
        Api.as(pt).body(Plans.issue((System.nanoTime() % 90000 + 1000) + "/KH-UBND", "2026-03-02"))
                .post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        long tanHoa = Plans.unitId("VN-04792");
        java.util.Set<Object> before = deadlineIds(plan, tanHoa);
        assertTrue(before.size() >= 5, "a commune of the province owes the plan: " + before);
        int total = Api.as(pt).queryParam("planId", plan).get("/api/v1/deadlines").then().statusCode(200).extract().path("total");

        long ward = ward("PT-TEST-NEW" + n, "UBND phường Mới Thành Lập " + n);
        try {
            JsonPath own = Api.as(pt).queryParam("planId", plan).queryParam("unitId", ward).queryParam("size", 100)
                    .get("/api/v1/deadlines").then().statusCode(200).extract().jsonPath();
            List<String> kinds = own.getList("items.kind");
            assertEquals(1, kinds.stream().filter("IMPLEMENTING_PLAN"::equals).count(), "its implementing plan: " + kinds);
            assertEquals(4, kinds.stream().filter("REPORT"::equals).count(), "its four quarterly reports: " + kinds);
            assertTrue(kinds.stream().filter("TASK"::equals).count() >= 9, "the monthly task, March to December: " + kinds);
            // the others' obligations are the same rows as before, and only the new ward's were added
            assertEquals(before, deadlineIds(plan, tanHoa));
            Api.as(pt).queryParam("planId", plan).get("/api/v1/deadlines").then().statusCode(200)
                    .body("total", equalTo(total + kinds.size()));
        } finally {
            cleanUp(ward);
        }
    }

    private static java.util.Set<Object> deadlineIds(long plan, long unit) {
        return new java.util.HashSet<>(Api.as(TestUsers.ptCoordinator()).queryParam("planId", plan).queryParam("unitId", unit)
                .queryParam("size", 100).get("/api/v1/deadlines").then().statusCode(200).extract().jsonPath().getList("items.id"));
    }

    /** Test wards leave today's tree, so that other tests see the demo tree as it was. */
    static void cleanUp(long unit) {
        Api.as(TestUsers.admin()).body(Map.of("effectiveOn", TODAY.toString(), "legalBasis", "Dọn dữ liệu thử"))
                .post("/api/v1/units/{id}/dissolve", unit).then().statusCode(200);
    }
}
