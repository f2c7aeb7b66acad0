package vn.gov.cchc.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.SeedPlans;
import vn.gov.cchc.support.TestUsers;

/** Draft → edit → issue → close, with the role and unit rule of every step. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlanLifecycleTest {

    @Test
    void coordinatorDraftsEditsIssuesAndCloses() {
        String title = Plans.unique("Kế hoạch tuyên truyền CCHC");
        Response created = Api.as(TestUsers.ptCoordinator()).body(Plans.draft(Plans.unitId("PT"), title))
                .post("/api/v1/plans");
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith("/api/v1/plans/" + created.jsonPath().getLong("id")))
                .body("status", equalTo("DRAFT"))
                .body("number", nullValue())
                .body("issuingUnit.code", equalTo("PT"))
                .body("sections.purpose", equalTo("Nâng cao nhận thức về **cải cách hành chính**."))
                .body("sections.budget", nullValue())
                .body("recipients", contains("Bộ Nội vụ", "Lưu: VT"))
                .body("permissions.canEdit", equalTo(true))
                .body("permissions.canIssue", equalTo(true));
        long id = created.jsonPath().getLong("id");

        Map<String, Object> edit = Plans.draft(Plans.unitId("PT"), title + " (sửa)");
        edit.put("recipients", List.of("Bộ Nội vụ (b/c)", "UBND các xã, phường", "Lưu: VT, TH"));
        Api.as(TestUsers.ptCoordinator()).header("If-Match", "\"0\"").body(edit).put("/api/v1/plans/{id}", id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo(title + " (sửa)"))
                .body("recipients", contains("Bộ Nội vụ (b/c)", "UBND các xã, phường", "Lưu: VT, TH"))
                .body("version", equalTo(1));

        Api.as(TestUsers.ptCoordinator()).header("If-Match", "\"1\"").body(Plans.issue("25/KH-UBND", "2026-04-15"))
                .post("/api/v1/plans/{id}/issue", id).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("number", equalTo("25/KH-UBND"))
                .body("issuedOn", equalTo("2026-04-15"))
                .body("effectiveOn", equalTo("2026-04-15"))
                .body("signerName", equalTo("Nguyễn Khắc Hiếu"))
                .body("signingCapacity", equalTo("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"))
                .body("permissions.canEdit", equalTo(false))
                .body("permissions.canClose", equalTo(true));

        Api.as(TestUsers.ptCoordinator()).queryParam("q", title).get("/api/v1/plans").then().statusCode(200)
                .body("items[0].status", equalTo("ISSUED"))
                .body("items[0].number", equalTo("25/KH-UBND"));

        // issued plans are read-only: 409 saying what is still allowed
        Api.as(TestUsers.ptCoordinator()).header("If-Match", "\"2\"").body(edit).put("/api/v1/plans/{id}", id).then()
                .statusCode(409)
                .body("type", equalTo("https://cchc.gov.vn/problems/invalid-state"))
                .body("allowed", contains("close"));
        Api.as(TestUsers.ptCoordinator()).delete("/api/v1/plans/{id}", id).then().statusCode(409);
        Api.as(TestUsers.ptCoordinator()).body(Plans.issue("26/KH-UBND", "2026-04-16"))
                .post("/api/v1/plans/{id}/issue", id).then().statusCode(409);

        Api.as(TestUsers.ptCoordinator()).post("/api/v1/plans/{id}/close", id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue())
                .body("permissions.canClose", equalTo(false));
        Api.as(TestUsers.ptCoordinator()).post("/api/v1/plans/{id}/close", id).then().statusCode(409)
                .body("allowed", org.hamcrest.Matchers.empty());
    }

    @Test
    void theNumberIsUniquePerIssuerAndYearAndAFailedIssueChangesNothing() {
        long pt = Plans.unitId("PT");
        long first = Plans.create(TestUsers.ptCoordinator(), Plans.draft(pt, Plans.unique("Kế hoạch A")));
        long second = Plans.create(TestUsers.ptCoordinator(), Plans.draft(pt, Plans.unique("Kế hoạch B")));
        Api.as(TestUsers.ptCoordinator()).body(Plans.issue("301/KH-UBND", "2026-05-04"))
                .post("/api/v1/plans/{id}/issue", first).then().statusCode(200);
        Api.as(TestUsers.ptCoordinator()).body(Plans.issue("301/KH-UBND", "2026-06-01"))
                .post("/api/v1/plans/{id}/issue", second).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cchc.gov.vn/problems/duplicate-number"))
                .body("errors[0].field", equalTo("number"));
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}", second).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("number", nullValue()).body("version", equalTo(0));
        // the same number in another year, or by another issuer, is fine
        Api.as(TestUsers.ptCoordinator()).body(Plans.issue("301/KH-UBND", "2027-01-05"))
                .post("/api/v1/plans/{id}/issue", second).then().statusCode(200);
        long hy = Plans.create(TestUsers.hyCoordinator(), Plans.draft(Plans.unitId("HY"), Plans.unique("Kế hoạch C")));
        Api.as(TestUsers.hyCoordinator()).body(Plans.issue("301/KH-UBND", "2026-05-04"))
                .post("/api/v1/plans/{id}/issue", hy).then().statusCode(200);
    }

    @Test
    void aPlanWithoutAnySectionCanBeEditedAndIssued() {
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), Plans.unique("Kế hoạch chưa có nội dung"));
        body.remove("sections");
        long id = Plans.create(TestUsers.ptCoordinator(), body);
        // reading it twice changes nothing
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("sections.purpose", nullValue());
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"");
        body.put("place", "Việt Trì");
        Api.as(TestUsers.ptCoordinator()).header("If-Match", "\"0\"").body(body).put("/api/v1/plans/{id}", id).then()
                .statusCode(200).body("place", equalTo("Việt Trì"));
        Api.as(TestUsers.ptCoordinator()).body(Plans.issue("601/KH-UBND", "2026-08-03"))
                .post("/api/v1/plans/{id}/issue", id).then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void ifMatchIsRequiredToUpdateAndAStaleOneIsRefused() {
        long pt = Plans.unitId("PT");
        String title = Plans.unique("Kế hoạch D");
        long id = Plans.create(TestUsers.ptCoordinator(), Plans.draft(pt, title));
        Map<String, Object> edit = Plans.draft(pt, title + " v2");
        Api.as(TestUsers.ptCoordinator()).body(edit).put("/api/v1/plans/{id}", id).then().statusCode(428)
                .body("type", equalTo("https://cchc.gov.vn/problems/precondition-required"));
        Api.as(TestUsers.ptCoordinator()).header("If-Match", "\"0\"").body(edit).put("/api/v1/plans/{id}", id).then()
                .statusCode(200);
        // a second editor still holding version 0
        Api.as(TestUsers.ptCoordinator()).header("If-Match", "\"0\"").body(Plans.draft(pt, title + " v3"))
                .put("/api/v1/plans/{id}", id).then().statusCode(412)
                .body("type", equalTo("https://cchc.gov.vn/problems/precondition-failed"));
        Api.as(TestUsers.ptCoordinator()).header("If-Match", "soon").body(edit).put("/api/v1/plans/{id}", id).then()
                .statusCode(400).body("errors[0].field", equalTo("If-Match"));
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("title", equalTo(title + " v2"));
    }

    @Test
    void deletingADraft() {
        long id = Plans.create(TestUsers.namDanOfficer(), Plans.draft(Plans.unitId("TQ-NAMDAN"), Plans.unique("Dự thảo xã")));
        Api.as(TestUsers.namDanOfficer()).header("If-Match", "\"7\"").delete("/api/v1/plans/{id}", id).then()
                .statusCode(412);
        Api.as(TestUsers.namDanOfficer()).header("If-Match", "\"0\"").delete("/api/v1/plans/{id}", id).then()
                .statusCode(204);
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/plans/{id}", id).then().statusCode(404);
    }

    @Test
    void rolesThatMayNotWriteGet403() {
        long pt = Plans.unitId("PT");
        long id = Plans.create(TestUsers.ptCoordinator(), Plans.draft(pt, Plans.unique("Kế hoạch E")));
        for (String token : new String[] { TestUsers.hyViewer(), TestUsers.integration() }) {
            Api.as(token).body(Plans.draft(pt, "x")).post("/api/v1/plans").then().statusCode(403)
                    .body("type", equalTo("https://cchc.gov.vn/problems/forbidden"));
            Api.as(token).header("If-Match", "\"0\"").body(Plans.draft(pt, "x")).put("/api/v1/plans/{id}", id).then()
                    .statusCode(403);
            Api.as(token).delete("/api/v1/plans/{id}", id).then().statusCode(403);
            Api.as(token).body(Plans.issue("1/KH-UBND", "2026-01-02")).post("/api/v1/plans/{id}/issue", id).then()
                    .statusCode(403);
            Api.as(token).post("/api/v1/plans/{id}/close", id).then().statusCode(403);
        }
        // officers draft but do not sign
        Api.as(TestUsers.ptCultureOfficer()).body(Plans.issue("1/KH-UBND", "2026-01-02"))
                .post("/api/v1/plans/{id}/issue", id).then().statusCode(403);
        Api.as(TestUsers.ptCultureOfficer()).post("/api/v1/plans/{id}/close", id).then().statusCode(403);
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void nobodyDraftsForAUnitOutsideTheirScope() {
        // a commune officer for the province, a department officer for its province, a coordinator for another province
        Api.as(TestUsers.namDanOfficer()).body(Plans.draft(Plans.unitId("TQ"), "x")).post("/api/v1/plans").then()
                .statusCode(403).body("errors[0].field", equalTo("issuingUnitId"));
        Api.as(TestUsers.ptCultureOfficer()).body(Plans.draft(Plans.unitId("PT"), "x")).post("/api/v1/plans").then()
                .statusCode(403);
        Api.as(TestUsers.hyCoordinator()).body(Plans.draft(Plans.unitId("PT"), "x")).post("/api/v1/plans").then()
                .statusCode(403);
        // but a commune officer drafts for the commune and its divisions
        Plans.create(TestUsers.namDanOfficer(), Plans.draft(Plans.unitId("TQ-NAMDAN-VHXH"), Plans.unique("KH phòng VH-XH")));
    }

    @Test
    void aPlanOfAnotherUnitCannotBeChangedEvenWhenItCanBeSeen() {
        // the Phú Thọ department sees the issued province plan but may not close it
        long id = Plans.create(TestUsers.ptCoordinator(), Plans.draft(Plans.unitId("PT"), Plans.unique("Kế hoạch F")));
        Api.as(TestUsers.ptCoordinator()).body(Plans.issue("401/KH-UBND", "2026-07-01"))
                .post("/api/v1/plans/{id}/issue", id).then().statusCode(200);
        Api.as(TestUsers.token("pt.vhttdl.leader", "PT-SVHTTDL", "leader")).post("/api/v1/plans/{id}/close", id)
                .then().statusCode(403);
        // and another unit's draft answers 404, never 403
        long nd = Plans.create(TestUsers.namDanOfficer(), Plans.draft(Plans.unitId("TQ-NAMDAN"), Plans.unique("Dự thảo G")));
        Api.as(TestUsers.ptCoordinator()).header("If-Match", "\"0\"").body(Plans.draft(Plans.unitId("PT"), "x"))
                .put("/api/v1/plans/{id}", nd).then().statusCode(404);
        Api.as(TestUsers.ptCoordinator()).delete("/api/v1/plans/{id}", nd).then().statusCode(404);
        Api.as(TestUsers.ptCoordinator()).body(Plans.issue("1/KH-UBND", "2026-01-02"))
                .post("/api/v1/plans/{id}/issue", nd).then().statusCode(404);
    }

    @Test
    void aPlanRecordsThePlanItImplements() {
        long parent = Plans.planId(SeedPlans.HY_PAPI);
        Map<String, Object> body = Plans.draft(Plans.unitId("HY-SNV"), Plans.unique("KH triển khai PAPI của Sở Nội vụ"));
        body.put("parentPlanId", parent);
        Api.as(TestUsers.hyCoordinator()).body(body).post("/api/v1/plans").then().statusCode(201)
                .body("parentPlan.id", equalTo((int) parent))
                .body("parentPlan.number", equalTo("19/KH-UBND"));
        // a parent the caller cannot see is rejected like one that does not exist
        body.put("parentPlanId", Plans.planId(SeedPlans.PT_COMM));
        Api.as(TestUsers.hyCoordinator()).body(body).post("/api/v1/plans").then().statusCode(404)
                .body("errors[0].field", equalTo("parentPlanId"));
    }
}
