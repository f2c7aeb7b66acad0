package vn.gov.cchc.deadline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.TestUsers;
import vn.gov.cchc.support.Units;

/**
 * A province's deadline pages read the deadlines' province key ({@link DeadlineProvinces}); these tests show that
 * the key agrees with the tree it caches after a unit moves to another province, and how a page states a total it
 * did not count to the end.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeadlineProvincesTest {

    @Inject
    DeadlineProvinces provinces;

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    private static JsonPath page(String token, Object... params) {
        Map<String, Object> query = new java.util.HashMap<>(Map.of("size", 100));
        for (int i = 0; i < params.length; i += 2) {
            query.put((String) params[i], params[i + 1]);
        }
        var spec = Api.as(token).queryParams(query);
        return spec.get("/api/v1/deadlines").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aCommuneMovedToAnotherProvinceTakesItsDeadlinesToThatProvincesPages() {
        long plan = DeadlineTest.issuedPlan("811/KH-UBND");
        String n = Long.toString(System.nanoTime() % 10_000_000);
        // a commune created after the plan was issued gets the plan's commune deadlines
        long commune = Api.as(TestUsers.admin()).body(Units.body("PT-DP" + n, "Xã Chuyển Tỉnh " + n, "COMMUNE", Plans.unitId("PT")))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Integer> own = page(TestUsers.admin(), "planId", plan, "unitId", commune, "subtree", false).getList("items.id");
        assertEquals(15, own.size(), "its implementing plan, four reports, ten monthly task dates");
        assertThat(page(TestUsers.admin(), "planId", plan, "unitId", Plans.unitId("PT")).getInt("total"), equalTo(7 + 1 + 149 * 15));

        Api.as(TestUsers.admin()).body(Map.of("parentId", Plans.unitId("HY"), "effectiveOn", today(), "legalBasis",
                "Nghị quyết thử số " + n + "/NQ-UBTVQH")).post("/api/v1/units/{id}/move", commune).then().statusCode(200);
        try {
            // Hưng Yên's pages have them now, Phú Thọ's no longer
            JsonPath hy = page(TestUsers.admin(), "planId", plan, "unitId", Plans.unitId("HY"));
            assertEquals(own.stream().sorted().toList(), hy.<Integer>getList("items.id").stream().sorted().toList());
            JsonPath pt = page(TestUsers.admin(), "planId", plan, "unitId", Plans.unitId("PT"));
            assertThat(pt.getInt("total"), equalTo(7 + 1 + 148 * 15));
            for (int p = 0; p * 100 < pt.getInt("total"); p++) {
                assertThat(page(TestUsers.admin(), "planId", plan, "unitId", Plans.unitId("PT"), "page", p).getList("items.unit.id"),
                        not(hasItem((int) commune)));
            }
            assertThat(provinces.differences(), empty());
        } finally {
            Api.as(TestUsers.admin()).body(Map.of("effectiveOn", today(),
                    "legalBasis", "Dọn dữ liệu thử")).post("/api/v1/units/{id}/dissolve", commune).then().statusCode(200);
        }
    }

    @Test
    void aPageBeyondTheCountsCapSaysMoreThanAndStillPages() {
        // one plan gives Phú Thọ 2,228 deadlines: more than the 1,000 a page counts to
        long plan = DeadlineTest.issuedPlan("812/KH-UBND");
        JsonPath first = page(TestUsers.ptCoordinator(), "size", 20);
        assertThat(first.getList("items"), hasSize(20));
        assertEquals(DeadlineQueries.COUNT_CAP, first.getInt("total"));
        assertFalse(first.getBoolean("totalExact"));
        // a page past the cap still answers its rows, and its total is at least its end
        JsonPath far = page(TestUsers.ptCoordinator(), "size", 20, "page", 60);
        assertThat(far.getList("items"), hasSize(20));
        assertEquals(61 * 20, far.getInt("total"));
        assertFalse(far.getBoolean("totalExact"));
        // one plan's pages are counted exactly; its last page knows the total from its own end
        JsonPath one = page(TestUsers.ptCoordinator(), "planId", plan);
        assertEquals(7 + 1 + 148 * 15, one.getInt("total"));
        assertTrue(one.getBoolean("totalExact"));
        JsonPath last = page(TestUsers.ptCoordinator(), "planId", plan, "page", 22);
        assertThat(last.getList("items"), hasSize(28));
        assertEquals(2228, last.getInt("total"));
        assertTrue(last.getBoolean("totalExact"));
    }
}
