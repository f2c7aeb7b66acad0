package vn.gov.cchc.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * Input is read as it was sent or refused with a 400 naming the field: no coercion of JSON values
 * (defect 5), booleans in the query are true or false (defect 2), and text is valid Unicode without
 * control characters, stored in NFC, and blank when it has nothing visible (defect 6).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StrictInputTest {

    private static RequestSpecification coordinator() {
        return Api.as(TestUsers.ptCoordinator());
    }

    private static long total() {
        return Api.as(TestUsers.admin()).get("/api/v1/plans").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    private static void refused(Map<String, Object> body, String field) {
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cchc.gov.vn/problems/validation"))
                .body("errors.field", hasItem(field));
    }

    // --- defect 5: JSON is read as sent

    @Test
    void jsonValuesAreNotCoerced() {
        long before = total();
        long pt = Plans.unitId("PT");
        Map<String, Object> body = Plans.draft(pt, "Kế hoạch");
        body.put("kind", 2);
        refused(body, "kind");
        body = Plans.draft(pt, "Kế hoạch");
        body.put("kind", "2");
        refused(body, "kind");
        body = Plans.draft(pt, "Kế hoạch");
        body.put("kind", "communication");
        refused(body, "kind");
        body = Plans.draft(pt, "Kế hoạch");
        body.put("title", true);
        refused(body, "title");
        body = Plans.draft(pt, "Kế hoạch");
        body.put("title", 42);
        refused(body, "title");
        body = Plans.draft(pt, "Kế hoạch");
        body.put("year", "2026");
        refused(body, "year");
        body = Plans.draft(pt, "Kế hoạch");
        body.put("issuingUnitId", String.valueOf(pt));
        refused(body, "issuingUnitId");
        body = Plans.draft(pt, "Kế hoạch");
        body.put("recipients", List.of(123));
        refused(body, "recipients[0]");
        body = Plans.draft(pt, "Kế hoạch");
        body.put("recipients", "Bộ Nội vụ");
        refused(body, "recipients");
        assertEquals(before, total());
    }

    @Test
    void datesAreYearMonthDayOnly() {
        long id = Plans.create(TestUsers.ptCoordinator(), Plans.draft(Plans.unitId("PT"), Plans.unique("Ngày")));
        for (String bad : List.of("2026-01-01T23:30:00Z", "2026-01-01T23:30:00", "2026-01-01T23:30:00+07:00",
                "2026-1-1", "01/01/2026", "2026-02-30", "")) {
            coordinator().header("If-Match", "\"0\"").body(Plans.issue("91/KH-UBND", bad))
                    .post("/api/v1/plans/{id}/issue", id).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("issuedOn"));
        }
        Map<String, Object> numeric = Plans.issue("91/KH-UBND", "x");
        numeric.put("issuedOn", 20_454);
        coordinator().header("If-Match", "\"0\"").body(numeric).post("/api/v1/plans/{id}/issue", id).then()
                .statusCode(400).body("errors.field", hasItem("issuedOn"));
        coordinator().get("/api/v1/plans/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    // --- defect 2: booleans in the query

    @Test
    void booleanQueryParametersAreTrueOrFalse() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch xem trước");
        String table = "TT\tNội dung\tChủ trì\tPhối hợp\tThời gian\nI\tPHẦN MỘT\n1\tNhiệm vụ\tSở Nội vụ\t\tThường xuyên\n";
        for (String bad : List.of("1", "yes", "maybe", "TRUE", "")) {
            Api.as(pt).contentType("text/plain; charset=UTF-8").body(table).queryParam("dryRun", bad)
                    .post("/api/v1/plans/{id}/tasks/import", plan).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("dryRun"))
                    .body("errors[0].message", containsString("true"));
        }
        Api.as(pt).get("/api/v1/plans/{id}/tasks", plan).then().statusCode(200).body("total", equalTo(0));
        for (String bad : List.of("maybe", "2")) {
            Api.as(pt).queryParam("subtree", bad).get("/api/v1/deadlines").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("subtree"));
        }
        Api.as(pt).queryParam("unread", "maybe").get("/api/v1/notifications").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("unread"));
        Api.as(pt).queryParam("subtree", "false").get("/api/v1/deadlines").then().statusCode(200);
        Api.as(pt).queryParam("unread", "true").get("/api/v1/notifications").then().statusCode(200);
        Api.as(pt).queryParam("page", " 1").get("/api/v1/notifications").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    // --- defect 6: text is what was stored

    @Test
    void invalidUnicodeAndControlCharactersAreRefused() {
        long before = total();
        for (String bad : List.of("Kế hoạch \ud800", "Kế hoạch \udc00 x", "Kế\u0000hoạch", "Kế hoạch\u001b[31m",
                "Kế hoạch\u0085", "Kế hoạch\uffff")) {
            refused(Plans.draft(Plans.unitId("PT"), bad), "title");
        }
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), "Kế hoạch");
        body.put("recipients", List.of("Bộ Nội vụ", "Lưu\u0000"));
        refused(body, "recipients[1]");
        coordinator().body(Plans.draft(Plans.unitId("PT"), "Kế\u0000hoạch")).post("/api/v1/plans").then()
                .statusCode(400).body("errors[0].message", containsString("U+0000"));
        assertEquals(before, total());
    }

    @Test
    void invisibleTitlesAreBlank() {
        long before = total();
        for (String blank : List.of("\u200b\u200b", "\u00a0\u00a0", "\u3000", "\ufeff", "\u200e \u2060", "\t\n")) {
            coordinator().body(Plans.draft(Plans.unitId("PT"), blank)).post("/api/v1/plans").then().statusCode(400)
                    .body("errors.find { it.field == 'title' }.message", equalTo("không được để trống"));
        }
        assertEquals(before, total());
    }

    @Test
    void textIsStoredAsNfcWithPlainSpaces() {
        String decomposed = "Ke\u0302\u0301 hoa\u0323ch"; // "Kế hoạch" typed with combining marks
        String pasted = decomposed + "\u00a0ca\u0309i\u200b ca\u0301ch " + System.nanoTime();
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), pasted);
        ((Map<String, Object>) body.get("sections")).put("purpose", "Dòng một\r\nDòng hai\tcột");
        long id = coordinator().body(body).post("/api/v1/plans").then().statusCode(201)
                .body("title", startsWithText("Kế hoạch cải cách ")).extract().jsonPath().getLong("id");
        coordinator().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("title", startsWithText("Kế hoạch cải cách "))
                .body("sections.purpose", equalTo("Dòng một\nDòng hai\tcột"));
        // what is stored is what a search finds
        coordinator().queryParam("q", "Kế hoạch cải cách").get("/api/v1/plans").then().statusCode(200)
                .body("items.id", hasItem((int) id));
    }

    private static org.hamcrest.Matcher<String> startsWithText(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }
}
