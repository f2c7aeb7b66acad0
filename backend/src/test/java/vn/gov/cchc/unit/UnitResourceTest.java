package vn.gov.cchc.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnitResourceTest {

    @Test
    void treeHasTheMinistryTheThreeProvincesAndNamDanDivisions() {
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/units/tree").then().statusCode(200)
                .body("code", contains("BNV"))
                .body("[0].children.code", contains("HY", "PT", "TQ"))
                .body("[0].children.find { it.code == 'TQ' }.children.find { it.code == 'TQ-NAMDAN' }.children.name",
                        hasItems("Phòng Văn hóa – Xã hội xã Năm Dẩn", "Phòng Kinh tế xã Năm Dẩn",
                                "Văn phòng HĐND và UBND xã Năm Dẩn", "Trung tâm Phục vụ hành chính công xã Năm Dẩn"));
    }

    @Test
    void subtreeStartsAtTheRequestedUnit() {
        long namDan = id("TQ-NAMDAN");
        Api.as(TestUsers.hyViewer()).queryParam("rootId", namDan).get("/api/v1/units/tree").then().statusCode(200)
                .body("code", contains("TQ-NAMDAN"))
                .body("[0].children.kind", hasItem("COMMUNE_DIVISION"));
    }

    @Test
    void flatListFiltersByKindAndByTextIgnoringDiacritics() {
        // every real commune of the three demo provinces: Hưng Yên 104, Phú Thọ 148, Tuyên Quang 124 (other tests
        // add and merge test wards in Phú Thọ)
        Api.as(TestUsers.integration()).queryParam("kind", "COMMUNE").get("/api/v1/units").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(104 + 148 + 124)).body("items", hasSize(20));
        Api.as(TestUsers.integration()).queryParam("kind", "COMMUNE").queryParam("withinId", id("HY")).get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(104));
        Api.as(TestUsers.integration()).queryParam("kind", "COMMUNE").queryParam("withinId", id("TQ")).get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(124));
        Api.as(TestUsers.integration()).queryParam("kind", "COMMUNE").queryParam("q", "viet tri").get("/api/v1/units").then()
                .statusCode(200).body("items.code", contains("PT-VIETTRI"));
        // "so noi vu" finds the three "Sở Nội vụ"; "d" matches "đ"
        Api.as(TestUsers.integration()).queryParam("q", "so noi vu").queryParam("sort", "code")
                .get("/api/v1/units").then().statusCode(200)
                .body("items.code", contains("HY-SNV", "PT-SNV", "TQ-SNV"));
        Api.as(TestUsers.integration()).queryParam("q", "dao tao").get("/api/v1/units").then().statusCode(200)
                .body("items.name", contains("Sở Giáo dục và Đào tạo tỉnh Hưng Yên"));

        // the last word of every phrase may be half typed, not only that of the last phrase
        Api.as(TestUsers.integration()).queryParam("q", "so noi v, hung y").get("/api/v1/units").then()
                .statusCode(200).body("items.code", contains("HY-SNV"));
    }

    @Test
    void withinAndParentFilters() {
        long hy = id("HY");
        Api.as(TestUsers.admin()).queryParam("parentId", id("HY-VP")).get("/api/v1/units").then().statusCode(200)
                .body("items.code", containsInAnyOrder("HY-CONG", "HY-TTPVHCC"));
        Api.as(TestUsers.admin()).queryParam("withinId", hy).queryParam("kind", "MEDIA").get("/api/v1/units").then()
                .statusCode(200).body("items.code", contains("HY-BAO"));
    }

    @Test
    void oneUnitCarriesItsAncestors() {
        Api.as(TestUsers.admin()).get("/api/v1/units/{id}", id("TQ-NAMDAN-VHXH")).then().statusCode(200)
                .body("name", equalTo("Phòng Văn hóa – Xã hội xã Năm Dẩn"))
                .body("kind", equalTo("COMMUNE_DIVISION"))
                .body("ancestors.code", contains("BNV", "TQ", "TQ-NAMDAN"));
    }

    @Test
    void unknownUnitIs404Problem() {
        Api.as(TestUsers.admin()).get("/api/v1/units/{id}", 999_999).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://cchc.gov.vn/problems/not-found"))
                .body("title", equalTo("Không tìm thấy"));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        Api.as(TestUsers.admin()).queryParam("kind", "PLANET").get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        Api.as(TestUsers.admin()).queryParam("size", 0).get("/api/v1/units").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        Api.as(TestUsers.admin()).queryParam("sort", "colour").get("/api/v1/units").then().statusCode(400)
                .body("errors.field", contains("sort"))
                .body("errors[0].message", startsWith("cách sắp xếp \"colour\" không hợp lệ"));
    }

    @Test
    void everyRoleMayReadTheTreeButATokenIsNeeded() {
        Api.anonymous().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json");
        Api.as(TestUsers.token("stranger", "HY", "offline_access")).get("/api/v1/units").then().statusCode(403)
                .contentType("application/problem+json");
        for (String token : new String[] { TestUsers.admin(), TestUsers.hyCoordinator(), TestUsers.namDanLeader(),
                TestUsers.namDanOfficer(), TestUsers.hyViewer(), TestUsers.integration() }) {
            Api.as(token).get("/api/v1/units/tree").then().statusCode(200);
        }
    }

    static long id(String code) {
        return Api.as(TestUsers.admin()).queryParam("q", code).queryParam("size", 100).get("/api/v1/units").then()
                .statusCode(200).extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }
}
