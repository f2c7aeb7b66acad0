package vn.gov.cchc.demo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.SeedPlans;
import vn.gov.cchc.support.Plans;
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
}
