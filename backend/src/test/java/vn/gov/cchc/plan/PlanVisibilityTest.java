package vn.gov.cchc.plan;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.gov.cchc.support.SeedPlans.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.TestUsers;

/**
 * Who sees which of the four seed plans: the Hưng Yên communication plan (draft) and PAPI plan
 * 19/KH-UBND (issued), the Phú Thọ communication plan (draft) and the Năm Dẩn commune plan (draft).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlanVisibilityTest {

    private static List<String> seedTitlesSeenBy(String token) {
        List<String> titles = Api.as(token).queryParam("size", 100).queryParam("year", 2026).get("/api/v1/plans")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
        return titles.stream().filter(t -> List.of(HY_COMM, HY_PAPI, PT_COMM, ND_COMM).contains(t)).toList();
    }

    @Test
    void adminSeesAllFourSeedPlans() {
        org.hamcrest.MatcherAssert.assertThat(seedTitlesSeenBy(TestUsers.admin()),
                containsInAnyOrder(HY_COMM, HY_PAPI, PT_COMM, ND_COMM));
    }

    @Test
    void hungYenCoordinatorSeesHungYensTwoPlansDraftIncluded() {
        org.hamcrest.MatcherAssert.assertThat(seedTitlesSeenBy(TestUsers.hyCoordinator()),
                containsInAnyOrder(HY_COMM, HY_PAPI));
    }

    @Test
    void phuThoCoordinatorSeesPhuThosPlan() {
        org.hamcrest.MatcherAssert.assertThat(seedTitlesSeenBy(TestUsers.ptCoordinator()),
                containsInAnyOrder(PT_COMM));
    }

    @Test
    void namDanOfficerSeesTheCommunePlanButNotAProvinceDraft() {
        org.hamcrest.MatcherAssert.assertThat(seedTitlesSeenBy(TestUsers.namDanOfficer()),
                containsInAnyOrder(ND_COMM));
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/plans/{id}", Plans.planId(PT_COMM)).then().statusCode(404)
                .body("type", equalTo("https://cchc.gov.vn/problems/not-found"));
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/plans/{id}", Plans.planId(HY_COMM)).then().statusCode(404);
    }

    @Test
    void aDepartmentDoesNotSeeItsProvincesDraftButSeesItOnceIssued() {
        String title = Plans.unique("Kế hoạch kiểm tra CCHC tỉnh Phú Thọ");
        long id = Plans.create(TestUsers.ptCoordinator(), Plans.draft(Plans.unitId("PT"), title));
        Api.as(TestUsers.ptCultureOfficer()).get("/api/v1/plans/{id}", id).then().statusCode(404);
        Api.as(TestUsers.ptCultureOfficer()).queryParam("q", title).get("/api/v1/plans").then().statusCode(200)
                .body("total", equalTo(0));
        Api.as(TestUsers.ptCoordinator()).body(Plans.issue("71/KH-UBND", "2026-03-02"))
                .post("/api/v1/plans/{id}/issue", id).then().statusCode(200);
        Api.as(TestUsers.ptCultureOfficer()).get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("permissions.canClose", equalTo(false));
        // another province never sees it, issued or not
        Api.as(TestUsers.hyCoordinator()).get("/api/v1/plans/{id}", id).then().statusCode(404);
        Api.as(TestUsers.namDanLeader()).get("/api/v1/plans/{id}", id).then().statusCode(404);
    }

    @Test
    void theCommunesOwnDraftIsSeenByItsLeaderAndItsProvinceCoordinatorOnly() {
        long nd = Plans.planId(ND_COMM);
        Api.as(TestUsers.namDanLeader()).get("/api/v1/plans/{id}", nd).then().statusCode(200)
                .body("permissions.canIssue", equalTo(true));
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/plans/{id}", nd).then().statusCode(200)
                .body("permissions.canEdit", equalTo(true))
                .body("permissions.canIssue", equalTo(false));
        Api.as(TestUsers.tqCoordinator()).get("/api/v1/plans/{id}", nd).then().statusCode(200);
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}", nd).then().statusCode(404);
        Api.as(TestUsers.hyViewer()).get("/api/v1/plans/{id}", nd).then().statusCode(404);
    }

    @Test
    void viewerSeesOnlyIssuedPlansOfTheirTree() {
        org.hamcrest.MatcherAssert.assertThat(seedTitlesSeenBy(TestUsers.hyViewer()), containsInAnyOrder(HY_PAPI));
        Api.as(TestUsers.hyViewer()).queryParam("size", 100).get("/api/v1/plans").then().statusCode(200)
                .body("items.status", everyItem(not(equalTo("DRAFT"))));
    }

    @Test
    void integrationSeesPublishedPlansOnly() {
        Api.as(TestUsers.integration()).queryParam("size", 100).get("/api/v1/plans").then().statusCode(200)
                .body("items.title", hasItem(HY_PAPI))
                .body("items.status", everyItem(not(equalTo("DRAFT"))));
        Api.as(TestUsers.integration()).get("/api/v1/plans/{id}", Plans.planId(PT_COMM)).then().statusCode(404);
    }

    @Test
    void aTokenWithoutAKnownUnitSeesNothing() {
        Api.as(TestUsers.token("lost.officer", "NO-SUCH-UNIT", "officer")).get("/api/v1/plans").then()
                .statusCode(200).body("total", equalTo(0));
        Api.as(TestUsers.token("lost.officer", null, "officer")).get("/api/v1/plans/{id}", Plans.planId(HY_PAPI))
                .then().statusCode(404);
    }

    @Test
    void withoutATokenEverythingIs401AndRolelessTokensAre403() {
        Api.anonymous().get("/api/v1/plans").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        Api.anonymous().get("/api/v1/plans/1").then().statusCode(401);
        Api.anonymous().body(Plans.draft(1, "x")).post("/api/v1/plans").then().statusCode(401);
        Api.as("not-a-jwt").get("/api/v1/plans").then().statusCode(401);
        Api.as(TestUsers.token("nobody", "HY", "uma_authorization")).get("/api/v1/plans").then().statusCode(403);
    }
}
