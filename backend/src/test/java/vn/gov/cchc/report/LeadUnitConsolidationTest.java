package vn.gov.cchc.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Schedules;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * A lead department reads the consolidation of the tasks it leads, and downloads it in the same scope;
 * a ward that leads a task of its own sees only its own report among those counted.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LeadUnitConsolidationTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TimeService time;

    @AfterEach
    void realClock() {
        time.fixToday(null);
    }

    @Test
    void leadUnitsDownloadWhatTheyReadAndAWardSeesOnlyItsOwnReport() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch có đơn vị chủ trì");
        long dialogues = Api.as(pt).body(Tasks.task("I", "Đối thoại với người dân", List.of(Tasks.group("COMMUNES")),
                "Năm 2026")).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> guide = Tasks.task("II", "Hướng dẫn tuyên truyền", List.of(Tasks.unit(Plans.unitId("PT-SVHTTDL"))),
                "Năm 2026");
        guide.put("cooperating", List.of(Tasks.group("COMMUNES")));
        long guidance = Api.as(pt).body(guide).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long wardTask = Api.as(pt).body(Tasks.task("III", "Chỉnh trang bộ phận một cửa phường Việt Trì",
                List.of(Tasks.unit(Plans.unitId("PT-VIETTRI"))), "Năm 2026")).post("/api/v1/plans/{id}/tasks", plan)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long schedule = Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(pt).body(Plans.issue((System.nanoTime() % 90000 + 1000) + "/KH-UBND", "2026-03-02"))
                .post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        time.fixToday(LocalDate.of(2026, 3, 5));

        long vt = ReportWorkflowTest.start(ReportWorkflowTest.VIETTRI_OFFICER, schedule, "2026-Q1");
        ReportWorkflowTest.write(ReportWorkflowTest.VIETTRI_OFFICER, vt, List.of(
                ReportWorkflowTest.item(dialogues, "DONE", Map.of("DIALOGUES", 2)),
                ReportWorkflowTest.item(guidance, "IN_PROGRESS", Map.of("ARTICLES", 3)),
                ReportWorkflowTest.item(wardTask, "DONE", Map.of())), "Việt Trì");
        send(ReportWorkflowTest.VIETTRI_OFFICER, ReportWorkflowTest.VIETTRI_LEADER, vt);
        long nt = ReportWorkflowTest.start(ReportWorkflowTest.NONGTRANG_OFFICER, schedule, "2026-Q1");
        ReportWorkflowTest.write(ReportWorkflowTest.NONGTRANG_OFFICER, nt, List.of(
                ReportWorkflowTest.item(dialogues, "DONE", Map.of("DIALOGUES", 1)),
                ReportWorkflowTest.item(guidance, "DONE", Map.of("ARTICLES", 5))), "Nông Trang");
        send(ReportWorkflowTest.NONGTRANG_OFFICER, ReportWorkflowTest.NONGTRANG_LEADER, nt);
        long dept = ReportWorkflowTest.start(TestUsers.ptCultureOfficer(), schedule, "2026-Q1");
        ReportWorkflowTest.write(TestUsers.ptCultureOfficer(), dept, List.of(
                ReportWorkflowTest.item(guidance, "DONE", Map.of("ARTICLES", 7))), "Sở VHTTDL");
        send(TestUsers.ptCultureOfficer(), ReportWorkflowTest.CULTURE_LEADER, dept);

        // the department: the task it leads, from every unit that reported on it, and the downloads in the same scope
        Api.as(TestUsers.ptCultureOfficer()).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation", plan).then().statusCode(200)
                .body("scope", equalTo("LEAD_UNIT"))
                .body("tasks.task.id", contains((int) guidance))
                .body("tasks[0].totals.ARTICLES", equalTo(15))
                .body("included.unit.code", containsInAnyOrder("PT-SVHTTDL", "PT-VIETTRI", "PT-NONGTRANG"));
        byte[] docx = Api.as(TestUsers.ptCultureOfficer()).accept(DOCX).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation/document", plan).then().statusCode(200).contentType(DOCX)
                .extract().asByteArray();
        String text = ReportDocuments.text(docx);
        assertTrue(text.contains("Hướng dẫn tuyên truyền"), text);
        assertFalse(text.contains("Đối thoại với người dân"), text);
        assertFalse(text.contains("Chỉnh trang bộ phận một cửa"), text);
        byte[] xlsx = Api.as(TestUsers.ptCultureOfficer()).accept(XLSX).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation/spreadsheet", plan).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        assertEquals(15.0, ReportDocuments.totalsRow(xlsx, "Số liệu").get("Tin, bài đăng tải (tin, bài)"));

        // the ward leads one task that falls on it alone: it sees that task and only its own report counted
        Api.as(ReportWorkflowTest.VIETTRI_OFFICER).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation", plan).then().statusCode(200)
                .body("scope", equalTo("LEAD_UNIT"))
                .body("tasks.task.id", contains((int) wardTask))
                .body("included.unit.code", contains("PT-VIETTRI"))
                .body("notIncluded", hasSize(0))
                .body("results", hasSize(0));
        byte[] wardXlsx = Api.as(ReportWorkflowTest.VIETTRI_OFFICER).accept(XLSX).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation/spreadsheet", plan).then().statusCode(200).extract().asByteArray();
        assertEquals(1.0, ReportDocuments.totalsRow(wardXlsx, "Tình hình báo cáo").get("Đã gửi"));
        Api.as(ReportWorkflowTest.VIETTRI_OFFICER).accept(DOCX).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation/document", plan).then().statusCode(200);

        // a ward that leads nothing gets 403 on all three; another province's coordinator 404
        for (String path : List.of("", "/document", "/spreadsheet")) {
            Api.as(ReportWorkflowTest.NONGTRANG_OFFICER).accept("application/json, application/problem+json, " + DOCX + ", " + XLSX)
                    .queryParam("period", "2026-Q1").get("/api/v1/plans/{id}/consolidation" + path, plan).then()
                    .statusCode(403);
            Api.as(TestUsers.hyCoordinator()).accept("application/json, application/problem+json, " + DOCX + ", " + XLSX)
                    .queryParam("period", "2026-Q1").get("/api/v1/plans/{id}/consolidation" + path, plan).then()
                    .statusCode(404);
        }
    }

    private static void send(String officer, String leader, long report) {
        Api.as(officer).body(Map.of()).post("/api/v1/reports/{id}/submit", report).then().statusCode(200);
        Api.as(leader).body(Map.of()).post("/api/v1/reports/{id}/approve", report).then().statusCode(200);
    }
}
