package vn.gov.cchc.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.SeedPlans;
import vn.gov.cchc.support.Seeds;
import vn.gov.cchc.support.TestUsers;

/** The demo database: the seed plans with their facts, and their texts read from the seeds folder. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DemoDataTest {

    @Test
    void issuedSeedPlanCarriesItsRegistration() {
        Api.as(TestUsers.hyCoordinator()).get("/api/v1/plans/{id}", Plans.planId(SeedPlans.HY_PAPI)).then()
                .statusCode(200)
                .body("number", equalTo("19/KH-UBND"))
                .body("issuedOn", equalTo("2026-01-20"))
                .body("effectiveOn", equalTo("2026-01-20"))
                .body("signerName", equalTo("Phạm Văn Nghiêm"))
                .body("kind", equalTo("PAPI"))
                .body("issuingUnit.name", equalTo("UBND tỉnh Hưng Yên"));
    }

    @Test
    void seedPlansHaveTheirSectionsAndRecipients() {
        Seeds.assumePresent();
        Api.as(TestUsers.hyCoordinator()).get("/api/v1/plans/{id}", Plans.planId(SeedPlans.HY_COMM)).then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("sections.purpose", startsWith("a) Nâng cao nhận thức"))
                .body("sections.organisation", containsString("Sở Nội vụ"))
                .body("recipients", hasSize(15))
                .body("legalBases[0]", startsWith("Kế hoạch số 138/KH-UBND ngày 19/12/2025"));
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/plans/{id}", Plans.planId(SeedPlans.ND_COMM)).then()
                .statusCode(200)
                .body("sections.audiences", notNullValue())
                .body("sections.forms", containsString("tối thiểu 03 cuộc đối thoại"))
                .body("recipients[0]", equalTo("Sở Nội vụ tỉnh"));
    }

    @Test
    void theIssuedPapiPlanAssignsTheTasksOfItsOrganisationSection() {
        Seeds.assumePresent();
        long papi = Plans.planId(SeedPlans.HY_PAPI);
        // twelve tasks read from section III of seed 001, the units matched by name
        Api.as(TestUsers.hyCoordinator()).queryParam("size", 100).get("/api/v1/plans/{id}/tasks", papi).then().statusCode(200)
                .body("total", equalTo(12))
                .body("items.find { it.content.startsWith('Xây dựng, triển khai kế hoạch kiểm tra') }.lead.unit.code",
                        hasItems("HY-VP", "HY-STC", "HY-STP", "HY-SKHCN", "HY-SYT", "HY-SGDDT", "HY-SNNMT", "HY-SXD",
                                "HY-TTRA", "HY-BHXH", "HY-CA"))
                .body("items.find { it.content.startsWith('Xây dựng, triển khai kế hoạch kiểm tra') }.timeframe.quarters",
                        contains(2, 3));
        // so Sở Tài chính owes: its implementing plan 15 working days after 20/01/2026 (the week of Tết starts
        // on 14/02), the 6-month and annual reports, the inspection at the end of quarters II and III, and
        // the year's three tasks at the end of 2026 (one of them through the group "các sở, ban, ngành")
        var d = Api.as(TestUsers.hyCoordinator()).queryParam("planId", papi).queryParam("unitId", Plans.unitId("HY-STC"))
                .queryParam("size", 100).queryParam("sort", "dueOn,asc").get("/api/v1/deadlines").then().statusCode(200)
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("IMPLEMENTING_PLAN:2026-02-10", "TASK:2026-06-30",
                "REPORT:2026-07-10", "TASK:2026-09-30", "TASK:2026-12-31", "TASK:2026-12-31", "TASK:2026-12-31",
                "REPORT:2027-01-10"),
                d.getList("items").stream().map(o -> (java.util.Map<?, ?>) o).map(m -> m.get("kind") + ":" + m.get("dueOn"))
                        .toList());
    }
}
