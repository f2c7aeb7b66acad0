package vn.gov.cchc.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.SeedPlans;
import vn.gov.cchc.support.TestUsers;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlanSearchTest {

    @Test
    void searchIgnoresCaseAndDiacritics() {
        Api.as(TestUsers.admin()).queryParam("q", "cai cach").queryParam("size", 100).get("/api/v1/plans").then()
                .statusCode(200)
                .body("items.title", hasItems(SeedPlans.HY_COMM, SeedPlans.PT_COMM,
                        SeedPlans.ND_COMM));
        Api.as(TestUsers.admin()).queryParam("q", "TUYEN truyen").queryParam("size", 100).get("/api/v1/plans").then()
                .statusCode(200)
                .body("items.title", hasItems(SeedPlans.HY_COMM, SeedPlans.PT_COMM,
                        SeedPlans.ND_COMM));
        Api.as(TestUsers.hyCoordinator()).queryParam("q", "hanh chinh cong").get("/api/v1/plans").then()
                .statusCode(200).body("items.title", hasItem(SeedPlans.HY_PAPI));
        // a number is one phrase: the draft that cites "19/12/2025" and "KH-UBND" is not a match
        Api.as(TestUsers.hyCoordinator()).queryParam("q", "19/KH-UBND").get("/api/v1/plans").then()
                .statusCode(200).body("items.title", contains(SeedPlans.HY_PAPI));
    }

    @Test
    void dMatchesĐBothWays() {
        String title = Plans.unique("Đẩy mạnh dịch vụ công trực tuyến");
        Plans.create(TestUsers.ptCoordinator(), Plans.draft(Plans.unitId("PT"), title));
        for (String q : new String[] { "day manh", "ĐẨY MẠNH", "đay manh", "DICH VU CONG", "dịch vụ cô", "truc t" }) {
            Api.as(TestUsers.ptCoordinator()).queryParam("q", q).get("/api/v1/plans").then().statusCode(200)
                    .body("items.title", hasItem(title));
        }
        Api.as(TestUsers.ptCoordinator()).queryParam("q", "đẩy mạnh 50%_").get("/api/v1/plans").then()
                .statusCode(200).body("total", equalTo(0));
        // a phrase of whole syllables: "ma" is not "mạnh" unless it is the last, still-typed word
        Api.as(TestUsers.ptCoordinator()).queryParam("q", "dich vu, day").get("/api/v1/plans").then()
                .statusCode(200).body("items.title", hasItem(title));
        Api.as(TestUsers.ptCoordinator()).queryParam("q", "manh day").get("/api/v1/plans").then()
                .statusCode(200).body("items.title", not(hasItem(title)));
        Api.as(TestUsers.ptCoordinator()).queryParam("q", "ma dich vu").get("/api/v1/plans").then()
                .statusCode(200).body("items.title", not(hasItem(title)));
    }

    @Test
    void theLastWordOfEveryPhraseMayBeHalfTyped() {
        String title = Plans.unique("Tuyên truyền cải cách hành chính xã Nông Trang");
        Plans.create(TestUsers.ptCoordinator(), Plans.draft(Plans.unitId("PT"), title));
        // the user types at the end, or goes back to an earlier phrase: every phrase's last word may be cut short
        for (String q : new String[] { "nong trang, tuyen tru", "tuyen tru, nong trang", "tuyen tru, nong tr",
                "cai c; hanh chinh xa n; tuyen truyen", "tuyen tru, nong trang, cai cach hanh" }) {
            Api.as(TestUsers.ptCoordinator()).queryParam("q", q).get("/api/v1/plans").then().statusCode(200)
                    .body("items.title", hasItem(title));
        }
        // the other words of a phrase are whole syllables, in order, and every phrase must appear
        for (String q : new String[] { "tuy truyen, nong trang", "tuyen tru, trang nong", "tuyen tru, nong trang ha" }) {
            Api.as(TestUsers.ptCoordinator()).queryParam("q", q).get("/api/v1/plans").then().statusCode(200)
                    .body("items.title", not(hasItem(title)));
        }
    }

    @Test
    void searchNeverWidensVisibility() {
        Api.as(TestUsers.namDanOfficer()).queryParam("q", "phu tho").queryParam("size", 100).get("/api/v1/plans")
                .then().statusCode(200)
                .body("items.title", not(hasItem(SeedPlans.PT_COMM)));
        Api.as(TestUsers.namDanOfficer()).queryParam("q", "thong tin tuyen truyen cai cach hanh chinh tinh phu tho")
                .get("/api/v1/plans").then().statusCode(200)
                .body("items.title", not(hasItem(SeedPlans.PT_COMM)));
    }

    @Test
    void filtersPagingAndSorting() {
        long hy = Plans.unitId("HY");
        Api.as(TestUsers.hyCoordinator()).queryParam("status", "ISSUED").queryParam("issuingUnitId", hy)
                .queryParam("kind", "PAPI").get("/api/v1/plans").then().statusCode(200)
                .body("items.number", hasItem("19/KH-UBND"))
                .body("items.status", everyItem(equalTo("ISSUED")));
        Api.as(TestUsers.hyCoordinator()).queryParam("year", 2025).get("/api/v1/plans").then().statusCode(200)
                .body("items.year", everyItem(equalTo(2025)));
        Api.as(TestUsers.admin()).queryParam("status", "DRAFT").get("/api/v1/plans").then().statusCode(200)
                .body("items.status", everyItem(equalTo("DRAFT")))
                .body("items.title", not(hasItem(SeedPlans.HY_PAPI)));
        var all = Api.as(TestUsers.admin()).queryParam("size", 100).queryParam("sort", "title,asc")
                .get("/api/v1/plans").then().statusCode(200).extract().jsonPath();
        int total = all.getInt("total");
        Api.as(TestUsers.admin()).queryParam("size", 1).queryParam("page", 1).queryParam("sort", "title,asc")
                .get("/api/v1/plans").then().statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1)).body("size", equalTo(1)).body("total", equalTo(total))
                .body("items[0].title", equalTo(all.getString("items[1].title")));
    }
}
