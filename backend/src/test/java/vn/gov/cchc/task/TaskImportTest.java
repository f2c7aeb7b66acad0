package vn.gov.cchc.task;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.SeedPlans;
import vn.gov.cchc.support.Seeds;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/** The appendix as pasted from the document (seed 003, read from the shared folder) or uploaded as .xlsx. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TaskImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The seed's table: everything from its header line on, exactly as in the file. */
    static String seedAppendix() {
        String text = Seeds.read("003_af5693127e7833b0.txt");
        return text.substring(text.indexOf("PHỤ LỤC"));
    }

    @Test
    void theSeedAppendixReadsAsElevenTasksInTwoSections() {
        String pt = TestUsers.ptCoordinator();
        String table = seedAppendix();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch nhập phụ lục");
        JsonPath preview = Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).queryParam("dryRun", true)
                .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(200)
                .body("problems", empty())
                .body("saved", equalTo(false))
                .body("tasks", hasSize(11))
                .body("tasks.sectionCode", contains("I", "I", "I", "I", "II", "II", "II", "II", "II", "II", "II"))
                .body("tasks.orderNo", contains(1, 2, 3, 4, 1, 2, 3, 4, 5, 6, 7))
                .extract().jsonPath();
        // the continuation row after the page break belongs to II.2
        assertTrue(preview.getString("tasks[5].content").contains("- Tăng cường công tác thông tin"));
        assertTrue(preview.getList("tasks[5].rows", Integer.class).size() >= 2);
        // every lead cell resolves: units, or groups expanded later
        assertEquals(List.of(), preview.getList("tasks.lead.flatten().findAll { !it.resolved }"));
        assertEquals(List.of("ALL_LOCAL"), preview.getList("tasks[0].lead.group"));
        assertEquals(List.of("DEPARTMENTS", "COMMUNES"), preview.getList("tasks[1].lead.group"));
        assertEquals("PT-SNV", preview.getString("tasks[4].lead[0].unit.code"));
        assertEquals("ALL_LOCAL", preview.getString("tasks[4].lead[1].group"));
        assertEquals("PT-SVHTTDL", preview.getString("tasks[5].lead[0].unit.code"));
        assertEquals("PT-CONG", preview.getString("tasks[6].lead[0].unit.code"));
        assertEquals("PT-BAO", preview.getString("tasks[7].lead[0].unit.code"));
        assertEquals("RELATED", preview.getString("tasks[0].cooperating[0].group"));
        // timeframes structured
        assertEquals("WHOLE_YEAR", preview.getString("tasks[0].timeframe.kind"));
        assertEquals("ONGOING", preview.getString("tasks[6].timeframe.kind"));
        assertEquals("MONTHLY", preview.getString("tasks[7].timeframe.kind"));
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200).body("total", equalTo(0));

        Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).post("/api/v1/plans/{id}/tasks/import", plan)
                .then().statusCode(201).body("saved", equalTo(true)).body("savedCount", equalTo(11));
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200)
                .body("total", equalTo(11))
                .body("items[7].timeframe.text", containsString("Định kỳ hàng tháng"));

        // back out as a spreadsheet, and in again into another plan
        byte[] xlsx = Api.as(pt).accept(XLSX).get("/api/v1/plans/{id}/tasks/export", plan).then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            boolean headerFound = false;
            var cells = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : sheet) {
                if ("TT".equals(cells.formatCellValue(row.getCell(0)))) {
                    headerFound = true;
                    assertEquals("Đơn vị chủ trì", cells.formatCellValue(row.getCell(2)));
                }
            }
            assertTrue(headerFound, "the sheet has the TT header");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        long copy = Tasks.draftPlan(pt, "PT", "Bản sao phụ lục");
        Api.as(pt).contentType(XLSX).body(xlsx).post("/api/v1/plans/{id}/tasks/import", copy).then().statusCode(201)
                .body("savedCount", equalTo(11)).body("problems", empty());
        Api.as(pt).get("/api/v1/plans/{id}/tasks", copy).then().statusCode(200)
                .body("items.sectionCode", contains("I", "I", "I", "I", "II", "II", "II", "II", "II", "II", "II"))
                .body("items[5].lead[0].unit.code", equalTo("PT-SVHTTDL"));
    }

    @Test
    void theDemoPhuThoPlanCarriesItsAppendix() {
        Seeds.assumePresent();
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}/tasks", Plans.planId(SeedPlans.PT_COMM)).then()
                .statusCode(200).body("total", equalTo(11));
    }

    @Test
    void unknownNamesAndTimeframesAreProblemsUntilAccepted() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch có tên lạ");
        String table = "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
                + "I\tNhiệm vụ chung\t\t\t\n"
                + "1\tTổ chức hội thi\tSở Ngoại giao; UBND cấp xã\tSở Nội vụ\tsớm nhất có thể\n"
                + "2\t\"Đối thoại với doanh nghiệp\nít nhất 3 cuộc\"\tSở VHTTDL\tBáo và Phát thanh, Truyền hình tỉnh\tQuý II, III năm 2026\n";
        Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).queryParam("dryRun", true)
                .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(200)
                .body("tasks", hasSize(2))
                .body("tasks[1].content", equalTo("Đối thoại với doanh nghiệp\nít nhất 3 cuộc"))
                .body("problems.code", contains("UNKNOWN_UNIT", "UNKNOWN_TIMEFRAME"))
                .body("problems[0].row", equalTo(3)).body("problems[0].column", equalTo("lead"))
                .body("problems[0].text", equalTo("Sở Ngoại giao"))
                .body("problems[0].message", startsWith("Không tìm thấy đơn vị \"Sở Ngoại giao\""))
                .body("problems[1].column", equalTo("timeframe"));
        Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).post("/api/v1/plans/{id}/tasks/import", plan)
                .then().statusCode(400).body("errors.field", contains("rows[3].lead", "rows[3].timeframe"));
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200).body("total", equalTo(0));
        Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).queryParam("acceptProblems", true)
                .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(201).body("savedCount", equalTo(2));
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200)
                .body("items[0].lead.resolved", contains(false, true))
                .body("items[0].lead[0].text", equalTo("Sở Ngoại giao"))
                .body("items[0].timeframe.kind", equalTo("UNSPECIFIED"))
                .body("items[1].timeframe.quarters", contains(2, 3));
    }

    @Inject
    EntityManager em;

    @Test
    void aNameSpeltWithoutDiacriticsIsSuggestedNeverAssigned() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch có tên viết không dấu");
        // the ward takes its official code for this test (the demo ward has none)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update unit set official_code = '07900' where code = 'PT-VIETTRI'")
                .executeUpdate());
        try {
            String culture = Normalizer.normalize("Sở Văn hóa, Thể thao và Du lịch", Normalizer.Form.NFD);
            String table = "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
                    + "1\tTập huấn\tSo Noi vu\t07900; UBND phuong Viet Tri; " + culture + "\tQuý II năm 2026\n";
            Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).queryParam("dryRun", true)
                    .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(200)
                    .body("tasks[0].lead.resolved", contains(false)).body("tasks[0].lead[0].unit", nullValue())
                    .body("tasks[0].lead[0].text", equalTo("So Noi vu"))
                    // the official code, and a name in decomposed Unicode, resolve
                    .body("tasks[0].cooperating[0].unit.code", equalTo("PT-VIETTRI"))
                    .body("tasks[0].cooperating[1].unit", nullValue())
                    .body("tasks[0].cooperating[2].unit.code", equalTo("PT-SVHTTDL"))
                    .body("tasks[0].cooperating.resolved", contains(true, false, true))
                    .body("problems.code", contains("UNKNOWN_UNIT", "UNKNOWN_UNIT"))
                    .body("problems.column", contains("lead", "cooperating"))
                    .body("problems.text", contains("So Noi vu", "UBND phuong Viet Tri"))
                    .body("problems.suggestion.code", contains("PT-SNV", "PT-VIETTRI"))
                    .body("problems[0].message", startsWith("Không tìm thấy đơn vị \"So Noi vu\": có phải là \"Sở Nội vụ tỉnh Phú Thọ\"?"));
            Api.as(pt).contentType("text/plain; charset=UTF-8").header("Accept-Language", "en").body(table).queryParam("dryRun", true)
                    .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(200)
                    .body("problems[1].message", startsWith("No unit \"UBND phuong Viet Tri\": did you mean \"UBND phường Việt Trì\"?"));
            // the real import does not take the suggestion
            Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).post("/api/v1/plans/{id}/tasks/import", plan).then()
                    .statusCode(400).body("errors.field", contains("rows[2].lead", "rows[2].cooperating"));
            Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).queryParam("acceptProblems", true)
                    .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(201).body("savedCount", equalTo(1));
            Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200)
                    .body("items[0].lead.resolved", contains(false)).body("items[0].lead[0].unit", nullValue())
                    .body("items[0].lead[0].text", equalTo("So Noi vu"))
                    .body("items[0].cooperating.resolved", contains(true, false, true))
                    .body("items[0].cooperating[1].unit", nullValue())
                    .body("items[0].cooperating[1].text", equalTo("UBND phuong Viet Tri"))
                    .body("items[0].cooperating[2].unit.code", equalTo("PT-SVHTTDL"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update unit set official_code = '07900' where code = 'PT-VIETTRI'")
                    .executeUpdate());
        }
    }

    @Test
    void nothingToReadOrNotAllowed() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch trống");
        Api.as(pt).contentType("text/plain; charset=UTF-8").body("chỉ là một dòng chữ").queryParam("acceptProblems", true)
                .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(400)
                .body("errors.field", hasItem("rows[0]"));
        Api.as(pt).contentType(XLSX).body(new byte[] { 1, 2, 3 }).queryParam("dryRun", true)
                .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(200)
                .body("problems.code", hasItem("UNREADABLE_FILE"));
        Api.as(pt).contentType("application/json").body("{}").post("/api/v1/plans/{id}/tasks/import", plan).then()
                .statusCode(415);
        Api.as(TestUsers.ptCultureOfficer()).contentType("text/plain; charset=UTF-8").body("x")
                .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(404);
        Api.as(TestUsers.hyViewer()).contentType("text/plain; charset=UTF-8").body("x")
                .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(403);
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200).body("total", equalTo(0));
    }
}
