package vn.gov.cchc.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Schedules;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * Every operation of report/ and task/ (and the reporting read models) tried with a role that may not
 * act (403) and from a unit or province the object is not in (404). Each row is one request; the test
 * lists every row that answered otherwise, so that one run shows the whole matrix.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RoleUnitSweepTest {

    static final String VIETTRI_OFFICER = TestUsers.token("viettri.officer", "PT-VIETTRI", "officer");
    static final String VIETTRI_LEADER = TestUsers.token("viettri.leader", "PT-VIETTRI", "leader");
    static final String NONGTRANG_OFFICER = TestUsers.token("nongtrang.officer", "PT-NONGTRANG", "officer");
    static final String NONGTRANG_LEADER = TestUsers.token("nongtrang.leader", "PT-NONGTRANG", "leader");
    static final String PT_VIEWER = TestUsers.token("pt.viewer", "PT", "viewer");
    static final String DOCS = "application/json, application/problem+json, "
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, "
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*";

    @Inject
    TimeService time;

    @AfterEach
    void realClock() {
        time.fixToday(null);
    }

    record Row(String who, String token, String method, String path, Object body, int expected) {
    }

    List<Row> rows = new ArrayList<>();

    void row(String who, String token, String method, String path, Object body, int expected) {
        rows.add(new Row(who, token, method, path, body, expected));
    }

    @Test
    void wrongRoleIs403AndWrongUnitOrProvinceIs404() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch quét quyền");
        Map<String, Object> task = Tasks.task("I", "Đối thoại với người dân", List.of(Tasks.group("COMMUNES")), "Năm 2026");
        long t = Api.as(pt).body(task).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long s = Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(pt).body(Plans.issue((System.nanoTime() % 90000 + 1000) + "/KH-UBND", "2026-03-02"))
                .post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        time.fixToday(LocalDate.of(2026, 3, 5));
        // Việt Trì's draft with a link; Nông Trang's report sent to Sở Nội vụ Phú Thọ
        long vt = Api.as(VIETTRI_OFFICER).body(Map.of("scheduleId", s, "periodKey", "2026-Q1")).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long link = Api.as(VIETTRI_OFFICER).body(Map.of("title", "Tin", "url", "https://viettri.phutho.gov.vn/tin"))
                .post("/api/v1/reports/{id}/evidence/links", vt).then().statusCode(201).extract().jsonPath().getLong("id");
        long nt = Api.as(NONGTRANG_OFFICER).body(Map.of("scheduleId", s, "periodKey", "2026-Q1")).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(NONGTRANG_OFFICER).body(Map.of()).post("/api/v1/reports/{id}/submit", nt).then().statusCode(200);
        Api.as(NONGTRANG_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", nt).then().statusCode(200);

        String r = "/api/v1/reports/" + vt;
        String sent = "/api/v1/reports/" + nt;
        String p = "/api/v1/plans/" + plan;
        long vietTri = Plans.unitId("PT-VIETTRI");
        Map<String, Object> comment = Map.of("comment", "Bổ sung");
        Map<String, Object> linkBody = Map.of("title", "Tin", "url", "https://example.org/tin");
        Map<String, Object> newReport = Map.of("scheduleId", s, "periodKey", "2026-Q2");
        Map<String, Object> batch = Map.of("tasks", List.of(task));
        Map<String, Object> order = Map.of("taskIds", List.of(t));

        // another ward of the same province: the other ward's report does not exist for it
        String other = "nongtrang.officer";
        row(other, NONGTRANG_OFFICER, "GET", r, null, 404);
        row(other, NONGTRANG_OFFICER, "PUT", r, Map.of("results", "x"), 404);
        row(other, NONGTRANG_OFFICER, "POST", r + "/submit", Map.of(), 404);
        row(other, NONGTRANG_OFFICER, "GET", r + "/document", null, 404);
        row(other, NONGTRANG_OFFICER, "POST", r + "/evidence/links", linkBody, 404);
        row(other, NONGTRANG_OFFICER, "DELETE", r + "/evidence/" + link, null, 404);
        row(other, NONGTRANG_OFFICER, "GET", r + "/evidence/" + link + "/content", null, 404);
        row(other, NONGTRANG_OFFICER, "GET", "/api/v1/units/" + vietTri + "/reporting-rates?planId=" + plan, null, 404);
        row(other, NONGTRANG_OFFICER, "GET", "/api/v1/tasks?unitId=" + vietTri, null, 404);
        row("nongtrang.leader", NONGTRANG_LEADER, "POST", r + "/approve", Map.of(), 404);
        row("nongtrang.leader", NONGTRANG_LEADER, "POST", r + "/send-back", comment, 404);
        // a draft is not the receiving coordinators' yet
        row("pt.coordinator", pt, "GET", r, null, 404);
        // another province's coordinator: nothing of Phú Thọ's plan exists for it
        String hy = TestUsers.hyCoordinator();
        String hyName = "hy.coordinator";
        row(hyName, hy, "GET", sent, null, 404);
        row(hyName, hy, "POST", sent + "/accept", Map.of(), 404);
        row(hyName, hy, "POST", sent + "/return", comment, 404);
        row(hyName, hy, "GET", sent + "/document", null, 404);
        row(hyName, hy, "GET", p + "/tasks", null, 404);
        row(hyName, hy, "POST", p + "/tasks", task, 404);
        row(hyName, hy, "POST", p + "/tasks/batch", batch, 404);
        row(hyName, hy, "PUT", p + "/tasks/order", order, 404);
        row(hyName, hy, "GET", p + "/tasks/export", null, 404);
        row(hyName, hy, "GET", p + "/coverage", null, 404);
        row(hyName, hy, "POST", p + "/implementing-plans", Map.of("issuingUnitId", Plans.unitId("HY-SNV")), 404);
        row(hyName, hy, "GET", "/api/v1/tasks/" + t, null, 404);
        row(hyName, hy, "PUT", "/api/v1/tasks/" + t, task, 404);
        row(hyName, hy, "DELETE", "/api/v1/tasks/" + t, null, 404);
        row(hyName, hy, "GET", "/api/v1/tasks?unitId=" + vietTri, null, 404);
        row(hyName, hy, "GET", p + "/reporting-rates?period=2026-Q1", null, 404);
        row(hyName, hy, "POST", p + "/reporting-rates/remind?period=2026-Q1", Map.of(), 404);
        row(hyName, hy, "GET", p + "/consolidation?period=2026-Q1", null, 404);
        row(hyName, hy, "GET", p + "/consolidation/document?period=2026-Q1", null, 404);
        row(hyName, hy, "GET", p + "/consolidation/spreadsheet?period=2026-Q1", null, 404);
        row(hyName, hy, "GET", "/api/v1/units/" + vietTri + "/reporting-rates?planId=" + plan, null, 404);
        row(hyName, hy, "GET", p + "/report-schedules", null, 404);
        row(hyName, hy, "GET", "/api/v1/report-schedules/" + s, null, 404);
        row("namdan.officer", TestUsers.namDanOfficer(), "POST", "/api/v1/reports", Map.of("scheduleId", s, "periodKey", "2026-Q1"), 404);

        // roles that may not act, inside the scope
        String v = "pt.viewer";
        for (String[] op : new String[][] { { "GET", "/api/v1/reports" }, { "GET", r }, { "PUT", r },
                { "POST", r + "/submit" }, { "POST", r + "/approve" }, { "POST", r + "/send-back" },
                { "POST", sent + "/accept" }, { "POST", sent + "/return" }, { "GET", r + "/document" },
                { "POST", r + "/evidence/links" }, { "DELETE", r + "/evidence/" + link },
                { "GET", r + "/evidence/" + link + "/content" }, { "POST", "/api/v1/reports" },
                { "POST", p + "/tasks" }, { "POST", p + "/tasks/batch" }, { "PUT", p + "/tasks/order" },
                { "PUT", "/api/v1/tasks/" + t }, { "DELETE", "/api/v1/tasks/" + t }, { "GET", p + "/coverage" },
                { "POST", p + "/implementing-plans" }, { "GET", p + "/reporting-rates?period=2026-Q1" },
                { "POST", p + "/reporting-rates/remind?period=2026-Q1" }, { "GET", p + "/consolidation?period=2026-Q1" },
                { "GET", p + "/consolidation/document?period=2026-Q1" },
                { "GET", p + "/consolidation/spreadsheet?period=2026-Q1" } }) {
            Object body = switch (op[0]) {
                case "GET", "DELETE" -> null;
                default -> op[1].endsWith("/tasks") ? task : op[1].endsWith("/batch") ? batch
                        : op[1].endsWith("/order") ? order : op[1].endsWith("/links") ? linkBody
                        : op[1].equals("/api/v1/reports") ? newReport
                        : op[1].endsWith("/implementing-plans") ? Map.of("issuingUnitId", vietTri)
                        : op[1].startsWith("/api/v1/tasks/") ? task : comment;
            };
            row(v, PT_VIEWER, op[0], op[1], body, 403);
        }
        String integration = TestUsers.integration();
        row("integration", integration, "GET", "/api/v1/reports", null, 403);
        row("integration", integration, "GET", "/api/v1/tasks?unitId=" + vietTri, null, 403);
        row("integration", integration, "GET", "/api/v1/units/" + vietTri + "/reporting-rates?planId=" + plan, null, 403);
        // the unit's officer may not approve; its leader may not accept; the coordinator may not approve or submit
        row("viettri.officer", VIETTRI_OFFICER, "POST", r + "/approve", Map.of(), 403);
        row("viettri.officer", VIETTRI_OFFICER, "POST", r + "/send-back", comment, 403);
        row("nongtrang.leader", NONGTRANG_LEADER, "POST", sent + "/accept", Map.of(), 403);
        row("nongtrang.leader", NONGTRANG_LEADER, "POST", sent + "/return", comment, 403);
        row("pt.coordinator", pt, "POST", sent + "/approve", Map.of(), 403);
        row("pt.coordinator", pt, "POST", sent + "/submit", Map.of(), 403);
        row("pt.coordinator", pt, "POST", "/api/v1/reports", newReport, 403);
        // a ward that leads nothing follows neither the rates nor the consolidation, nor the coverage
        row("viettri.officer", VIETTRI_OFFICER, "GET", p + "/reporting-rates?period=2026-Q1", null, 403);
        row("viettri.leader", VIETTRI_LEADER, "POST", p + "/reporting-rates/remind?period=2026-Q1", Map.of(), 403);
        row("viettri.officer", VIETTRI_OFFICER, "GET", p + "/consolidation?period=2026-Q1", null, 403);
        row("viettri.officer", VIETTRI_OFFICER, "GET", p + "/consolidation/document?period=2026-Q1", null, 403);
        row("viettri.officer", VIETTRI_OFFICER, "GET", p + "/consolidation/spreadsheet?period=2026-Q1", null, 403);
        row("viettri.officer", VIETTRI_OFFICER, "GET", p + "/coverage", null, 403);

        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            RequestSpecification spec = Api.as(row.token()).accept(DOCS).header("If-Match", "\"0\"");
            if (row.body() != null) {
                spec = spec.body(row.body());
            }
            try {
                Response res = spec.request(row.method(), row.path());
                if (res.statusCode() != row.expected()) {
                    wrong.add(row.who() + " " + row.method() + " " + row.path() + ": " + res.statusCode() + ", expected "
                            + row.expected() + " " + res.asString());
                } else if (!String.valueOf(res.contentType()).startsWith("application/problem+json")) {
                    wrong.add(row.who() + " " + row.method() + " " + row.path() + ": not problem+json but "
                            + res.contentType());
                }
            } catch (AssertionError | RuntimeException e) {
                wrong.add(row.who() + " " + row.method() + " " + row.path() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + rows.size() + " requests answered otherwise");
    }
}
