package vn.gov.cchc.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.TestUsers;

/** Bad input gets a 400 naming the field and the reason, never a 500, and nothing is saved. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlanInputTest {

    private static RequestSpecification coordinator() {
        return Api.as(TestUsers.ptCoordinator());
    }

    private static long total() {
        return Api.as(TestUsers.admin()).get("/api/v1/plans").then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    @Test
    void malformedJson() {
        long before = total();
        coordinator().body("{\"kind\": \"CCHC\", \"title\": ").post("/api/v1/plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cchc.gov.vn/problems/malformed-json"))
                .body("errors[0].field", equalTo("body"));
        coordinator().body("").post("/api/v1/plans").then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(before, total());
    }

    @Test
    void missingAndBlankRequiredFields() {
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), "   ");
        body.remove("kind");
        body.remove("year");
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400)
                .body("type", equalTo("https://cchc.gov.vn/problems/validation"))
                .body("errors.field", contains("kind", "title", "year"))
                .body("errors.find { it.field == 'title' }.message", equalTo("không được để trống"));
    }

    @Test
    void overLongFieldsAreRefusedNotTruncated() {
        long before = total();
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), "T".repeat(501));
        body.put("place", "P".repeat(101));
        ((Map<String, Object>) body.get("sections")).put("budget", "x".repeat(100_001));
        body.put("recipients", List.of("Bộ Nội vụ", "R".repeat(301)));
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400)
                .body("errors.field", contains("place", "recipients[1]", "sections.budget", "title"))
                .body("errors.find { it.field == 'title' }.message", equalTo("tối đa 500 ký tự"));
        org.junit.jupiter.api.Assertions.assertEquals(before, total());
        // exactly at the limits is fine, and comes back whole
        Map<String, Object> max = Plans.draft(Plans.unitId("PT"), "Đ".repeat(500));
        ((Map<String, Object>) max.get("sections")).put("budget", "ư".repeat(100_000));
        coordinator().body(max).post("/api/v1/plans").then().statusCode(201)
                .body("title.length()", equalTo(500))
                .body("sections.budget.length()", equalTo(100_000));
    }

    @Test
    void wrongTypesAndFractionsAreRefused() {
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), "Kế hoạch");
        body.put("year", "năm nay");
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("năm nay"));
        body.put("year", 2026.5);
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("year"));
        body.put("year", 1999);
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("year"));
        body.put("year", 2026);
        body.put("legalBases", "Nghị quyết 76");
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("legalBases"));
        body.put("legalBases", List.of("Nghị quyết 76", " "));
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("legalBases[1]"));
    }

    @Test
    void unknownEnumValuesListTheAcceptedOnes() {
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), "Kế hoạch");
        body.put("kind", "PARTY");
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("CCHC, COMMUNICATION, PAPI"));
        coordinator().queryParam("status", "LOST").get("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void unknownFieldsAreNamed() {
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), "Kế hoạch");
        body.put("tittle", "typo");
        coordinator().body(body).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("tittle"));
    }

    @Test
    void idsThatDoNotExist() {
        coordinator().body(Plans.draft(987_654, "Kế hoạch")).post("/api/v1/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("issuingUnitId"));
        coordinator().get("/api/v1/plans/{id}", 987_654).then().statusCode(404);
        coordinator().get("/api/v1/plans/abc").then().statusCode(404);
        coordinator().body(Plans.issue("1/KH-UBND", "2026-01-02")).post("/api/v1/plans/{id}/issue", 987_654).then()
                .statusCode(404);
    }

    @Test
    void impossibleDatesAndBadNumbersWhenIssuing() {
        long id = Plans.create(TestUsers.ptCoordinator(), Plans.draft(Plans.unitId("PT"), Plans.unique("Kế hoạch H")));
        coordinator().body(Plans.issue("12/KH-UBND", "2026-02-30")).post("/api/v1/plans/{id}/issue", id).then()
                .statusCode(400).body("errors[0].field", equalTo("issuedOn"))
                .body("errors[0].message", containsString("2026-02-30"));
        coordinator().body(Plans.issue("12/KH-UBND", "30/01/2026")).post("/api/v1/plans/{id}/issue", id).then()
                .statusCode(400).body("errors[0].field", equalTo("issuedOn"));
        for (String bad : new String[] { "KH-UBND", "12/", "0/KH-UBND", "12/kh-ubnd", "12 /KH-UBND" }) {
            coordinator().body(Plans.issue(bad, "2026-01-30")).post("/api/v1/plans/{id}/issue", id).then()
                    .statusCode(400).body("errors[0].field", equalTo("number"));
        }
        Map<String, Object> early = Plans.issue("12/KH-UBND", "2026-01-30");
        early.put("effectiveOn", "2026-01-29");
        coordinator().body(early).post("/api/v1/plans/{id}/issue", id).then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveOn"));
        Map<String, Object> noSigner = Plans.issue("12/KH-UBND", "2026-01-30");
        noSigner.remove("signerName");
        coordinator().body(noSigner).post("/api/v1/plans/{id}/issue", id).then().statusCode(400)
                .body("errors[0].field", equalTo("signerName"));
        coordinator().get("/api/v1/plans/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        // symbols with Đ and & are real: 12/KH-ĐU, 3/KH-KH&CN
        coordinator().body(Plans.issue("12/KH-ĐU&CN", "2026-01-30")).post("/api/v1/plans/{id}/issue", id).then()
                .statusCode(200).body("number", equalTo("12/KH-ĐU&CN"));
    }

    @Test
    void errorsSpeakEnglishWhenAsked() {
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), "");
        coordinator().header("Accept-Language", "en-GB,en;q=0.9").body(body).post("/api/v1/plans").then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid input"))
                .body("errors[0].message", equalTo("must not be blank"));
        coordinator().header("Accept-Language", "en").get("/api/v1/plans/{id}", 987_654).then().statusCode(404)
                .body("detail", startsWith("No plan with id 987654"));
        coordinator().header("Accept-Language", "fr").get("/api/v1/plans/{id}", 987_654).then().statusCode(404)
                .body("title", equalTo("Không tìm thấy"));
    }

    @Test
    void badPagingAndSorting() {
        coordinator().queryParam("page", -1).get("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        coordinator().queryParam("size", 101).get("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        coordinator().queryParam("sort", "title,sideways").get("/api/v1/plans").then().statusCode(400)
                .body("errors.field", contains("sort"));
        coordinator().queryParam("year", "twenty").get("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        coordinator().queryParam("q", "x".repeat(201)).get("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void unsupportedContentType() {
        coordinator().contentType("text/plain").body("hello").post("/api/v1/plans").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
