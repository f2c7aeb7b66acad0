package vn.gov.cchc.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Schedules;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * A Phú Thọ plan with a quarterly schedule: two communes and a department report for Quý I/2026 (due
 * 10/03/2026), one commune late, the department returned and resent, one commune missing; Sở Nội
 * vụ follows the rates and consolidates the figures entered.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReportWorkflowTest {

    static final String VIETTRI_OFFICER = TestUsers.token("viettri.officer", "PT-VIETTRI", "officer");
    static final String VIETTRI_LEADER = TestUsers.token("viettri.leader", "PT-VIETTRI", "leader");
    static final String NONGTRANG_OFFICER = TestUsers.token("nongtrang.officer", "PT-NONGTRANG", "officer");
    static final String NONGTRANG_LEADER = TestUsers.token("nongtrang.leader", "PT-NONGTRANG", "leader");
    static final String CULTURE_LEADER = TestUsers.token("pt.vhttdl.leader", "PT-SVHTTDL", "leader");

    @Inject
    TimeService time;

    @AfterEach
    void realClock() {
        time.fixToday(null);
    }

    record Setup(long plan, long schedule, long dialogues, long guidance) {
    }

    static Setup plan(String number) {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch có báo cáo");
        Map<String, Object> dialogue = Tasks.task("I", "Đối thoại trực tiếp với người dân, doanh nghiệp",
                List.of(Tasks.group("COMMUNES")), "Năm 2026");
        dialogue.put("target", Map.of("quantity", 3, "measure", "cuộc", "metric", "DIALOGUES", "perUnit", true));
        long dialogues = Api.as(pt).body(dialogue).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Map<String, Object> guide = Tasks.task("II", "Hướng dẫn tuyên truyền", List.of(Tasks.unit(Plans.unitId("PT-SVHTTDL"))),
                "Năm 2026");
        guide.put("cooperating", List.of(Tasks.group("COMMUNES")));
        long guidance = Api.as(pt).body(guide).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long schedule = Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(pt).body(Plans.issue(number, "2026-03-02")).post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        return new Setup(plan, schedule, dialogues, guidance);
    }

    static long start(String token, long schedule, String period) {
        return Api.as(token).body(Map.of("scheduleId", schedule, "periodKey", period)).post("/api/v1/reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> item(long task, String status, Map<String, Object> figures) {
        Map<String, Object> i = new HashMap<>();
        i.put("taskId", task);
        i.put("status", status);
        i.put("output", "Kết quả " + status);
        i.put("figures", figures);
        return i;
    }

    static void write(String token, long report, List<Map<String, Object>> items, String results) {
        int version = Api.as(token).get("/api/v1/reports/{id}", report).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("items", items);
        body.put("results", results);
        body.put("shortcomings", "Một số thôn chưa có loa");
        body.put("proposals", "Đề nghị hỗ trợ kinh phí");
        Api.as(token).header("If-Match", "\"" + version + "\"").body(body).put("/api/v1/reports/{id}", report).then()
                .statusCode(200);
    }

    @Test
    void theWholeCycleWithRatesAndConsolidation() {
        Setup s = plan("701/KH-UBND");
        time.fixToday(LocalDate.of(2026, 3, 5));

        // Việt Trì: pre-filled with the two tasks that fall on it, written, submitted, approved on time
        long vt = start(VIETTRI_OFFICER, s.schedule(), "2026-Q1");
        Api.as(VIETTRI_OFFICER).get("/api/v1/reports/{id}", vt).then().statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("items.task.id", contains((int) s.dialogues(), (int) s.guidance()))
                .body("items.role", contains("LEAD", "COOPERATING"))
                .body("items[0].target.quantity", equalTo(3))
                .body("period.dueOn", equalTo("2026-03-10"))
                .body("receivingUnit.code", equalTo("PT-SNV"))
                .body("permissions.canEdit", equalTo(true))
                .body("permissions.canApprove", equalTo(false));
        write(VIETTRI_OFFICER, vt, List.of(item(s.dialogues(), "DONE", Map.of("DIALOGUES", 3, "PARTICIPANTS", 120)),
                item(s.guidance(), "IN_PROGRESS", Map.of("ARTICLES", 4))), "Phường đã tổ chức 3 cuộc đối thoại");
        Api.as(VIETTRI_OFFICER).body(Map.of()).post("/api/v1/reports/{id}/submit", vt).then().statusCode(200)
                .body("changed", equalTo(true)).body("report.state", equalTo("AWAITING_APPROVAL"));
        Api.as(VIETTRI_OFFICER).body(Map.of()).post("/api/v1/reports/{id}/approve", vt).then().statusCode(403);
        Api.as(VIETTRI_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", vt).then().statusCode(200)
                .body("report.state", equalTo("SENT")).body("report.sentOn", equalTo("2026-03-05"))
                .body("report.sentOnTime", equalTo(true));
        // sending twice changes nothing, and says so
        Api.as(VIETTRI_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", vt).then().statusCode(200)
                .body("changed", equalTo(false))
                .body("message", equalTo("Báo cáo đã được gửi ngày 05/03/2026: không gửi lại, không có gì thay đổi."));
        Api.as(VIETTRI_OFFICER).queryParam("planId", s.plan()).queryParam("kind", "REPORT").get("/api/v1/deadlines").then()
                .statusCode(200).body("items.find { it.period.key == '2026-Q1' }.state", equalTo("MET_ON_TIME"));

        // Nông Trang: sent late, on 12/03/2026
        long nt = start(NONGTRANG_OFFICER, s.schedule(), "2026-Q1");
        write(NONGTRANG_OFFICER, nt, List.of(item(s.dialogues(), "IN_PROGRESS", Map.of("DIALOGUES", 2, "PARTICIPANTS", 80))),
                "Phường đã tổ chức 2 cuộc đối thoại");
        Api.as(NONGTRANG_OFFICER).body(Map.of()).post("/api/v1/reports/{id}/submit", nt).then().statusCode(200);
        time.fixToday(LocalDate.of(2026, 3, 12));
        Api.as(NONGTRANG_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", nt).then().statusCode(200)
                .body("report.sentOnTime", equalTo(false));

        // the department: sent, returned with a reason, corrected, sent again
        long dept = start(TestUsers.ptCultureOfficer(), s.schedule(), "2026-Q1");
        Api.as(TestUsers.ptCultureOfficer()).get("/api/v1/reports/{id}", dept).then().statusCode(200)
                .body("items.task.id", contains((int) s.guidance()));
        write(TestUsers.ptCultureOfficer(), dept, List.of(item(s.guidance(), "DONE", Map.of("ARTICLES", 10))), "Đã hướng dẫn");
        Api.as(TestUsers.ptCultureOfficer()).body(Map.of()).post("/api/v1/reports/{id}/submit", dept).then().statusCode(200);
        Api.as(CULTURE_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", dept).then().statusCode(200);
        Api.as(TestUsers.ptCoordinator()).body(Map.of()).post("/api/v1/reports/{id}/return", dept).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        Api.as(TestUsers.ptCoordinator()).body(Map.of("comment", "Bổ sung số tin, bài đã đăng")).post("/api/v1/reports/{id}/return", dept)
                .then().statusCode(200).body("report.state", equalTo("RETURNED"))
                .body("report.returnReason", equalTo("Bổ sung số tin, bài đã đăng"));
        Api.as(TestUsers.ptCultureOfficer()).get("/api/v1/reports/{id}", dept).then().statusCode(200)
                .body("returnReason", equalTo("Bổ sung số tin, bài đã đăng")).body("permissions.canEdit", equalTo(true));
        time.fixToday(LocalDate.of(2026, 3, 13));
        write(TestUsers.ptCultureOfficer(), dept, List.of(item(s.guidance(), "DONE", Map.of("ARTICLES", 15))), "Đã hướng dẫn, bổ sung");
        Api.as(TestUsers.ptCultureOfficer()).body(Map.of()).post("/api/v1/reports/{id}/submit", dept).then().statusCode(200);
        Api.as(CULTURE_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", dept).then().statusCode(200)
                .body("report.sentOn", equalTo("2026-03-13"))
                .body("report.history.action", contains("CREATE", "SUBMIT", "APPROVE", "RETURN", "SUBMIT", "APPROVE"));

        // Sở Nội vụ accepts Việt Trì's report: it is then read-only
        Api.as(TestUsers.ptCoordinator()).body(Map.of()).post("/api/v1/reports/{id}/accept", vt).then().statusCode(200)
                .body("report.state", equalTo("ACCEPTED"));
        Api.as(VIETTRI_OFFICER).header("If-Match", "*").body(Map.of("results", "sửa")).put("/api/v1/reports/{id}", vt).then()
                .statusCode(409).body("allowed", hasSize(0));

        // rates: the department and the province's 148 communes expected (Sở Nội vụ receives), three sent, one on
        // time, one accepted; Vĩnh Yên and the 145 communes of the national list missing
        JsonPath rates = Api.as(TestUsers.ptCoordinator()).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/reporting-rates", s.plan()).then().statusCode(200).extract().jsonPath();
        assertEquals(1 + 148, rates.getInt("totals.expected"));
        assertEquals(3, rates.getInt("totals.sent"));
        assertEquals(1, rates.getInt("totals.sentOnTime"));
        assertEquals(1, rates.getInt("totals.accepted"));
        assertEquals(146, rates.getInt("totals.missing"));
        assertEquals(146, rates.getList("missingUnits.code").size());
        assertTrue(rates.getList("missingUnits.code").contains("PT-VINHYEN"));
        assertEquals(true, rates.getBoolean("units.find { it.unit.code == 'PT-VINHYEN' }.overdue"));
        Api.as(TestUsers.ptCoordinator()).queryParam("period", "2026-Q1")
                .post("/api/v1/plans/{id}/reporting-rates/remind", s.plan()).then().statusCode(200)
                .body("units.code", hasItem("PT-VINHYEN")).body("units", hasSize(146));
        Api.as(TestUsers.token("vinhyen.officer", "PT-VINHYEN", "officer")).get("/api/v1/notifications").then()
                .statusCode(200).body("items.kind", hasItem("REPORT_MISSING"));
        Api.as(TestUsers.ptCoordinator()).queryParam("planId", s.plan())
                .get("/api/v1/units/{id}/reporting-rates", Plans.unitId("PT-NONGTRANG")).then().statusCode(200)
                .body("periods[0].rate.sent", equalTo(true)).body("periods[0].rate.onTime", equalTo(false))
                .body("periods", hasSize(4));

        // consolidation: the figures entered, summed; the per-commune target of 3 dialogues
        JsonPath c = Api.as(TestUsers.ptCoordinator()).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation", s.plan()).then().statusCode(200).extract().jsonPath();
        assertEquals("PROVINCE", c.getString("scope"));
        assertEquals(List.of("PT-SVHTTDL", "PT-VIETTRI", "PT-NONGTRANG").stream().sorted().toList(),
                c.getList("included.unit.code").stream().sorted().toList());
        assertEquals(146, c.getList("notIncluded.code").size());
        assertTrue(c.getList("notIncluded.code").contains("PT-VINHYEN"));
        assertEquals(5, c.getInt("tasks[0].totals.DIALOGUES"));
        assertEquals(200, c.getInt("tasks[0].totals.PARTICIPANTS"));
        assertEquals(1, c.getInt("tasks[0].done"));
        assertEquals(3 * 148, c.getInt("tasks[0].target.required"));
        assertEquals(5, c.getInt("tasks[0].target.achieved"));
        assertEquals(1, c.getInt("tasks[0].target.unitsMeeting"));
        assertEquals(5 * 100 / (3 * 148), c.getInt("tasks[0].target.percent"));
        assertEquals(19, c.getInt("tasks[1].totals.ARTICLES"));
        assertEquals(5, c.getInt("totals.DIALOGUES"));
        assertEquals(19, c.getInt("totals.ARTICLES"));
        assertEquals(3, c.getList("results").size());
        // the lead department sees the task it leads, and nothing of the narrative
        Api.as(TestUsers.ptCultureOfficer()).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation", s.plan()).then().statusCode(200)
                .body("scope", equalTo("LEAD_UNIT"))
                .body("tasks.task.id", contains((int) s.guidance()))
                .body("results", hasSize(0));
        Api.as(VIETTRI_OFFICER).queryParam("period", "2026-Q1").get("/api/v1/plans/{id}/consolidation", s.plan()).then()
                .statusCode(403);

        // the official documents, re-opened
        byte[] docx = Api.as(TestUsers.ptCoordinator()).accept(DOCX).queryParam("period", "2026-Q1")
                .queryParam("number", "45").queryParam("signerName", "Trần Văn Tỉnh")
                .get("/api/v1/plans/{id}/consolidation/document", s.plan()).then().statusCode(200).contentType(DOCX)
                .extract().asByteArray();
        String text = ReportDocuments.text(docx);
        for (String line : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH PHÚ THỌ",
                "SỞ NỘI VỤ", "Số: 45/BC-SNV", "Phú Thọ, ngày 13 tháng 3 năm 2026", "BÁO CÁO", "Quý I/2026", "Nơi nhận:",
                "- UBND tỉnh (b/c);", "- Lưu: VT, CCHC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Tỉnh",
                "UBND phường Vĩnh Yên", "Cuộc đối thoại")) {
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(line), "the document has \"" + line + "\"");
        }
        byte[] xlsx = Api.as(TestUsers.ptCoordinator()).accept(XLSX).queryParam("period", "2026-Q1")
                .get("/api/v1/plans/{id}/consolidation/spreadsheet", s.plan()).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        Map<String, Double> totals = ReportDocuments.totalsRow(xlsx, "Số liệu");
        assertEquals(5.0, totals.get("Cuộc đối thoại (cuộc)"));
        assertEquals(200.0, totals.get("Người tham dự (người)"));
        assertEquals(19.0, totals.get("Tin, bài đăng tải (tin, bài)"));
        Map<String, Double> rateTotals = ReportDocuments.totalsRow(xlsx, "Tình hình báo cáo");
        assertEquals(3.0, rateTotals.get("Đã gửi"));
        assertEquals(1.0, rateTotals.get("Đúng hạn"));
        // a unit's own report, as filed
        String own = ReportDocuments.text(Api.as(VIETTRI_OFFICER).accept(DOCX).get("/api/v1/reports/{id}/document", vt)
                .then().statusCode(200).extract().asByteArray());
        for (String line : List.of("ỦY BAN NHÂN DÂN PHƯỜNG VIỆT TRÌ", "/BC-UBND", "Phú Thọ, ngày 05 tháng 3 năm 2026",
                "Phường đã tổ chức 3 cuộc đối thoại", "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:", "Sở Nội vụ tỉnh Phú Thọ (b/c)")) {
            org.junit.jupiter.api.Assertions.assertTrue(own.contains(line), "the unit's document has \"" + line + "\"");
        }
        Api.as(NONGTRANG_OFFICER).accept(DOCX).get("/api/v1/reports/{id}/document", vt).then().statusCode(404);
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aUnitNeverSeesAnotherUnitsReport() {
        Setup s = plan("702/KH-UBND");
        long vt = start(VIETTRI_OFFICER, s.schedule(), "2026-Q2");
        Api.as(NONGTRANG_OFFICER).get("/api/v1/reports/{id}", vt).then().statusCode(404);
        Api.as(NONGTRANG_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", vt).then().statusCode(404);
        Api.as(TestUsers.hyCoordinator()).get("/api/v1/reports/{id}", vt).then().statusCode(404);
        // the receiving coordinator sees it only once sent
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/reports/{id}", vt).then().statusCode(404);
        Api.as(NONGTRANG_OFFICER).queryParam("planId", s.plan()).get("/api/v1/reports").then().statusCode(200)
                .body("total", equalTo(0));
        Api.as(TestUsers.hyViewer()).get("/api/v1/reports").then().statusCode(403);
        Api.as(TestUsers.integration()).get("/api/v1/reports/{id}", vt).then().statusCode(403);
        // another province's coordinator finds neither the plan's rates nor its consolidation; a ward not another's rates
        Api.as(TestUsers.hyCoordinator()).queryParam("period", "2026-Q2")
                .get("/api/v1/plans/{id}/reporting-rates", s.plan()).then().statusCode(404);
        Api.as(TestUsers.hyCoordinator()).queryParam("period", "2026-Q2")
                .get("/api/v1/plans/{id}/consolidation", s.plan()).then().statusCode(404);
        Api.as(NONGTRANG_OFFICER).queryParam("planId", s.plan())
                .get("/api/v1/units/{id}/reporting-rates", Plans.unitId("PT-VIETTRI")).then().statusCode(404);
        // only the unit's own people start its report
        Api.as(NONGTRANG_OFFICER).body(Map.of("scheduleId", s.schedule(), "periodKey", "2026-Q2", "unitId",
                Plans.unitId("PT-VIETTRI"))).post("/api/v1/reports").then().statusCode(403);
        // the officer cannot accept, the coordinator cannot approve
        Api.as(VIETTRI_OFFICER).body(Map.of()).post("/api/v1/reports/{id}/submit", vt).then().statusCode(200);
        Api.as(TestUsers.ptCoordinator()).body(Map.of()).post("/api/v1/reports/{id}/approve", vt).then().statusCode(403);
        Api.as(VIETTRI_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", vt).then().statusCode(200);
        Api.as(VIETTRI_LEADER).body(Map.of()).post("/api/v1/reports/{id}/accept", vt).then().statusCode(403);
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/reports/{id}", vt).then().statusCode(200)
                .body("permissions.canAccept", equalTo(true));
        Api.as(TestUsers.ptCoordinator()).queryParam("planId", s.plan()).get("/api/v1/reports").then().statusCode(200)
                .body("items.unit.code", contains("PT-VIETTRI"));
    }

    @Test
    void badInputIsRefusedAndNothingIsLost() {
        Setup s = plan("703/KH-UBND");
        // a period outside the plan, a schedule that does not exist, a second report for the same period
        Api.as(VIETTRI_OFFICER).body(Map.of("scheduleId", s.schedule(), "periodKey", "2026-Q5")).post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("periodKey"));
        Api.as(VIETTRI_OFFICER).body(Map.of("scheduleId", s.schedule(), "periodKey", "2027-Q1")).post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("periodKey"));
        Api.as(VIETTRI_OFFICER).body(Map.of("scheduleId", 999_999, "periodKey", "2026-Q1")).post("/api/v1/reports")
                .then().statusCode(404).body("errors[0].field", equalTo("scheduleId"));
        long vt = start(VIETTRI_OFFICER, s.schedule(), "2026-Q3");
        Api.as(VIETTRI_OFFICER).body(Map.of("scheduleId", s.schedule(), "periodKey", "2026-Q3")).post("/api/v1/reports")
                .then().statusCode(409).body("errors[0].field", equalTo("periodKey"));
        // negative and non-numeric figures, unknown metrics and tasks
        Map<String, Object> negative = Map.of("items", List.of(item(s.dialogues(), "DONE", Map.of("DIALOGUES", -1))));
        Api.as(VIETTRI_OFFICER).header("If-Match", "\"0\"").body(negative).put("/api/v1/reports/{id}", vt).then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].figures[DIALOGUES]"));
        Map<String, Object> text = Map.of("items", List.of(item(s.dialogues(), "DONE", Map.of("DIALOGUES", "ba"))));
        Api.as(VIETTRI_OFFICER).header("If-Match", "\"0\"").body(text).put("/api/v1/reports/{id}", vt).then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].figures.DIALOGUES"));
        Map<String, Object> half = Map.of("items", List.of(item(s.dialogues(), "DONE", Map.of("DIALOGUES", 2.5))));
        Api.as(VIETTRI_OFFICER).header("If-Match", "\"0\"").body(half).put("/api/v1/reports/{id}", vt).then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].figures.DIALOGUES"));
        Map<String, Object> unknown = Map.of("items", List.of(item(s.dialogues(), "DONE", Map.of("LIKES", 3))));
        Api.as(VIETTRI_OFFICER).header("If-Match", "\"0\"").body(unknown).put("/api/v1/reports/{id}", vt).then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].figures.LIKES"));
        Map<String, Object> otherTask = Map.of("items", List.of(item(999_999, "DONE", Map.of())));
        Api.as(VIETTRI_OFFICER).header("If-Match", "\"0\"").body(otherTask).put("/api/v1/reports/{id}", vt).then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].taskId"));
        Map<String, Object> status = Map.of("items", List.of(item(s.dialogues(), "FINISHED", Map.of())));
        Api.as(VIETTRI_OFFICER).header("If-Match", "\"0\"").body(status).put("/api/v1/reports/{id}", vt).then()
                .statusCode(400).body("errors[0].field", equalTo("items[0].status"));
        // nothing was half-saved
        Api.as(VIETTRI_OFFICER).get("/api/v1/reports/{id}", vt).then().statusCode(200)
                .body("version", equalTo(0)).body("items[0].status", equalTo("NOT_STARTED")).body("items[0].figures", hasSize(0));
        // a transition not allowed from the current state names the allowed ones
        Api.as(TestUsers.ptCoordinator()).body(Map.of()).post("/api/v1/reports/{id}/accept", vt).then().statusCode(404);
        Api.as(VIETTRI_LEADER).body(Map.of()).post("/api/v1/reports/{id}/approve", vt).then().statusCode(409)
                .body("type", equalTo("https://cchc.gov.vn/problems/invalid-state"))
                .body("allowed", containsInAnyOrder("update", "submit"));
        Api.as(VIETTRI_LEADER).body(Map.of()).post("/api/v1/reports/{id}/send-back", vt).then().statusCode(409);
    }

    @Test
    void evidenceLinksAndFiles() {
        Setup s = plan("704/KH-UBND");
        long vt = start(VIETTRI_OFFICER, s.schedule(), "2026-Q4");
        Api.as(VIETTRI_OFFICER).body(Map.of("title", "Tin trên cổng", "url", "https://viettri.phutho.gov.vn/tin/1", "taskId",
                s.dialogues())).post("/api/v1/reports/{id}/evidence/links", vt).then().statusCode(201)
                .body("kind", equalTo("LINK")).body("taskId", equalTo((int) s.dialogues()));
        Api.as(VIETTRI_OFFICER).body(Map.of("title", "x", "url", "javascript:alert(1)"))
                .post("/api/v1/reports/{id}/evidence/links", vt).then().statusCode(400).body("errors[0].field", equalTo("url"));
        byte[] pdf = "%PDF-1.4\n% bien ban doi thoai\n".getBytes();
        // as browsers send it: the file name in UTF-8
        long fileId = Api.as(VIETTRI_OFFICER)
                .config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .contentType("multipart/form-data; charset=UTF-8").multiPart("file", "biên bản.pdf", pdf, "application/pdf")
                .multiPart("title", "Biên bản đối thoại").post("/api/v1/reports/{id}/evidence/files", vt).then().statusCode(201)
                .body("fileName", equalTo("biên bản.pdf")).body("size", equalTo(pdf.length))
                .extract().jsonPath().getLong("id");
        byte[] back = Api.as(VIETTRI_OFFICER).accept("*/*").get("/api/v1/reports/{id}/evidence/{e}/content", vt, fileId).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals(new String(pdf), new String(back));
        // a disallowed kind, a PDF that is not one, a file too large
        Api.as(VIETTRI_OFFICER).contentType("multipart/form-data").multiPart("file", "tool.exe", new byte[] { 'M', 'Z' })
                .post("/api/v1/reports/{id}/evidence/files", vt).then().statusCode(415).body("errors[0].field", equalTo("file"));
        Api.as(VIETTRI_OFFICER).contentType("multipart/form-data").multiPart("file", "fake.pdf", "not a pdf".getBytes())
                .post("/api/v1/reports/{id}/evidence/files", vt).then().statusCode(415);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        Api.as(VIETTRI_OFFICER).contentType("multipart/form-data").multiPart("file", "lon.pdf", big)
                .post("/api/v1/reports/{id}/evidence/files", vt).then().statusCode(413).body("errors[0].field", equalTo("file"));
        Api.as(VIETTRI_OFFICER).get("/api/v1/reports/{id}", vt).then().statusCode(200).body("evidence", hasSize(2));
        // another unit cannot read the file
        Api.as(NONGTRANG_OFFICER).accept("*/*").get("/api/v1/reports/{id}/evidence/{e}/content", vt, fileId).then()
                .statusCode(404);
        Api.as(VIETTRI_OFFICER).delete("/api/v1/reports/{id}/evidence/{e}", vt, fileId).then().statusCode(204);
        Api.as(VIETTRI_OFFICER).get("/api/v1/reports/{id}", vt).then().statusCode(200).body("evidence", hasSize(1))
                .body("evidence[0].fileName", nullValue());
    }
}
