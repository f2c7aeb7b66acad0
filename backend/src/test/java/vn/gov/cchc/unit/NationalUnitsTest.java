package vn.gov.cchc.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class NationalUnitsTest {

    @Inject
    UnitService units;

    @Inject
    EntityManager em;

    @Test
    void theNationalListHas34ProvincesAnd3321Communes() {
        JsonPath provinces = Api.as(TestUsers.hyViewer()).get("/api/v1/national-units/provinces").then().statusCode(200)
                .body("$", hasSize(34))
                .body("find { it.code == '25' }.name", equalTo("Tỉnh Phú Thọ"))
                .body("find { it.code == '25' }.communeCount", equalTo(148))
                .body("find { it.code == '01' }.kind", equalTo("CITY"))
                .extract().jsonPath();
        List<Integer> counts = provinces.getList("communeCount", Integer.class);
        assertEquals(3321, counts.stream().mapToInt(Integer::intValue).sum());

        List<?> kinds = em.createQuery("select n.kind, count(n) from NationalUnit n group by n.kind", Object[].class).getResultList();
        Map<String, Long> byKind = kinds.stream().map(o -> (Object[]) o)
                .collect(Collectors.toMap(o -> o[0].toString(), o -> (Long) o[1]));
        assertEquals(Map.of("XA", 2621L, "PHUONG", 687L, "DAC_KHU", 13L, "PROVINCE", 28L, "CITY", 6L), byKind);
    }

    @Test
    void everyNameIsStoredInNfc() {
        List<String> names = em.createQuery("select n.name from NationalUnit n", String.class).getResultList();
        assertEquals(3355, names.size());
        assertTrue(names.stream().allMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC)),
                "every national name is in NFC");
        // "Xã Bảo Ái" and others were decomposed (NFD) in the CSV: they are found by their composed spelling
        long composed = em.createQuery("select count(n) from NationalUnit n where n.name like :p", Long.class)
                .setParameter("p", "Xã %").getSingleResult();
        assertEquals(2621, composed);
    }

    @Test
    void namesDecomposedInTheCsvAreServedComposed() {
        // "Xã Nậm Nèn" (03194) and "Xã Khánh Hòa" (04342) are stored in NFD in the CSV
        for (String[] c : new String[][] { { "11", "03194", "Xã Nậm Nèn", "nam nen" }, { "15", "04342", "Xã Khánh Hòa", "khanh hoa" } }) {
            String nfc = Normalizer.normalize(c[2], Normalizer.Form.NFC);
            Api.as(TestUsers.admin()).queryParam("q", c[3]).get("/api/v1/national-units/provinces/{code}/communes", c[0]).then()
                    .statusCode(200).body("items.find { it.code == '" + c[1] + "' }.name", equalTo(nfc));
        }
    }

    @Test
    void communesArePagedAndSearchedWithoutDiacritics() {
        Api.as(TestUsers.namDanOfficer()).queryParam("size", 50).queryParam("page", 2)
                .get("/api/v1/national-units/provinces/{code}/communes", "25").then().statusCode(200)
                .body("total", equalTo(148)).body("page", equalTo(2)).body("size", equalTo(50))
                .body("items", hasSize(48)).body("items.provinceCode", everyItem(equalTo("25")));
        Api.as(TestUsers.integration()).queryParam("q", "viet tri")
                .get("/api/v1/national-units/provinces/{code}/communes", "25").then().statusCode(200)
                .body("items.name", contains("Phường Việt Trì")).body("items[0].code", equalTo("07900"))
                .body("items[0].kind", equalTo("PHUONG"));
        Api.as(TestUsers.admin()).queryParam("q", "dac khu").get("/api/v1/national-units/provinces/{code}/communes", "22")
                .then().statusCode(200).body("items.kind", everyItem(equalTo("DAC_KHU")));
    }

    @Test
    void unknownProvinceIs404Problem() {
        for (String code : new String[] { "99", "07900", "x" }) {
            Api.as(TestUsers.admin()).get("/api/v1/national-units/provinces/{code}/communes", code).then().statusCode(404)
                    .contentType("application/problem+json").body("title", equalTo("Không tìm thấy"));
        }
        Api.anonymous().get("/api/v1/national-units/provinces").then().statusCode(401);
    }

    @Test
    void dryRunOnPhuThoShowsTheDemoTreeInStepWithTheListAndChangesNothing() {
        // the demo loads Phú Thọ's 148 communes from the list; its named wards carry their official codes
        long pt = UnitResourceTest.id("PT");
        long before = units.count();
        JsonPath diff = Api.as(TestUsers.admin()).queryParam("dryRun", true).post("/api/v1/units/{id}/national-communes", pt)
                .then().statusCode(200)
                .body("provinceCode", equalTo("25")).body("provinceName", equalTo("Tỉnh Phú Thọ"))
                .body("dryRun", equalTo(true)).body("nationalTotal", equalTo(148)).body("created", equalTo(0))
                .body("new", empty()).body("matchedByName", empty()).body("missing", empty())
                .extract().jsonPath();
        assertEquals(148, diff.getList("renamed").size() + diff.getInt("unchanged"));
        assertEquals(before, units.count());
        Api.as(TestUsers.admin()).get("/api/v1/units/{id}", pt).then().statusCode(200).body("officialCode", equalTo("25"));
        Api.as(TestUsers.admin()).get("/api/v1/units/{id}", UnitResourceTest.id("PT-VIETTRI")).then().statusCode(200)
                .body("officialCode", equalTo("07900")).body("name", equalTo("UBND phường Việt Trì"));
        // without dryRun it is a preview too
        Api.as(TestUsers.admin()).post("/api/v1/units/{id}/national-communes", pt).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(0));
        assertEquals(before, units.count());
    }

    @Test
    void theRealLoadCreatesTheCommunesOnceAndTheirDiffIsClean() {
        Unit laiChau = QuarkusTransaction.requiringNew().call(() -> {
            Unit p = units.create("TEST-LAICHAU", "UBND tỉnh Lai Châu", null, UnitKind.PROVINCE,
                    units.findByCode("BNV").orElseThrow(), 90);
            // a spelling without diacritics of "Xã Bình Lư", and a commune the national list does not have
            units.create("TEST-LC-BINHLU", "UBND xa Binh Lu", null, UnitKind.COMMUNE, p, 1);
            units.create("TEST-LC-OLD", "UBND xã Đã Sáp Nhập", null, UnitKind.COMMUNE, p, 2);
            return p;
        });
        try {
            Api.as(TestUsers.admin()).queryParam("dryRun", false).post("/api/v1/units/{id}/national-communes", laiChau.id)
                    .then().statusCode(200)
                    .body("provinceCode", equalTo("12")).body("provinceName", equalTo("Tỉnh Lai Châu"))
                    .body("dryRun", equalTo(false)).body("nationalTotal", equalTo(38))
                    .body("created", equalTo(37)).body("new", hasSize(37)).body("new.code", not(hasItem("03390")))
                    .body("matchedByName", hasSize(1))
                    .body("matchedByName[0].unit.name", equalTo("UBND xa Binh Lu"))
                    .body("matchedByName[0].officialName", equalTo("Xã Bình Lư"))
                    .body("matchedByName[0].officialCode", equalTo("03390"))
                    .body("missing.code", contains("TEST-LC-OLD"));
            Api.as(TestUsers.admin()).get("/api/v1/units/{id}", laiChau.id).then().statusCode(200)
                    .body("officialCode", equalTo("12"));
            // the suggestion was not linked silently
            Api.as(TestUsers.admin()).get("/api/v1/units/{id}", UnitResourceTest.id("TEST-LC-BINHLU")).then().statusCode(200)
                    .body("officialCode", equalTo(null));
            JsonPath children = Api.as(TestUsers.admin()).queryParam("parentId", laiChau.id).queryParam("q", "VN")
                    .queryParam("size", 100).get("/api/v1/units").then().statusCode(200).body("total", equalTo(37))
                    .body("items.kind", everyItem(equalTo("COMMUNE")))
                    .body("items.code", everyItem(startsWith("VN-")))
                    .body("items[0].ancestors.code", contains("BNV", "TEST-LAICHAU"))
                    .extract().jsonPath();
            String first = children.getString("items[0].officialCode");
            assertEquals("VN-" + first, children.getString("items[0].code"));
            // found by the tree's diacritics-free search like any unit
            String name = children.getString("items[0].name");
            Api.as(TestUsers.admin()).queryParam("q", vn.gov.cchc.common.TextNormalizer.fold(name))
                    .queryParam("withinId", laiChau.id).get("/api/v1/units").then().statusCode(200)
                    .body("items.name", hasItem(name));

            // a second run creates nothing
            Api.as(TestUsers.admin()).queryParam("dryRun", false).post("/api/v1/units/{id}/national-communes", laiChau.id)
                    .then().statusCode(200).body("created", equalTo(0)).body("new", empty())
                    .body("unchanged", equalTo(37)).body("matchedByName", hasSize(1)).body("missing", hasSize(1));

            // a unit linked by its code whose name differs is reported as renamed, and not renamed
            long linkedId = children.getLong("items[0].id");
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update unit set name = 'UBND xã Tên Cũ' where id = :id")
                    .setParameter("id", linkedId).executeUpdate());
            Api.as(TestUsers.admin()).queryParam("dryRun", false).post("/api/v1/units/{id}/national-communes", laiChau.id)
                    .then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(36))
                    .body("renamed.unit.name", contains("UBND xã Tên Cũ"))
                    .body("renamed[0].officialCode", equalTo(first)).body("renamed[0].officialName", equalTo(name));
            Api.as(TestUsers.admin()).get("/api/v1/units/{id}", linkedId).then().statusCode(200)
                    .body("name", equalTo("UBND xã Tên Cũ"));

            // the administrator accepts the suggestion: the unit takes the official code, and is then in step
            Api.as(TestUsers.admin()).queryParam("dryRun", false).queryParam("linkMatches", true)
                    .post("/api/v1/units/{id}/national-communes", laiChau.id).then().statusCode(200)
                    .body("created", equalTo(0)).body("matchedByName.unit.code", contains("TEST-LC-BINHLU"));
            Api.as(TestUsers.admin()).get("/api/v1/units/{id}", UnitResourceTest.id("TEST-LC-BINHLU")).then().statusCode(200)
                    .body("officialCode", equalTo("03390")).body("name", equalTo("UBND xa Binh Lu"));
            Api.as(TestUsers.admin()).post("/api/v1/units/{id}/national-communes", laiChau.id).then().statusCode(200)
                    .body("matchedByName", empty()).body("renamed.unit.code", hasItem("TEST-LC-BINHLU"));
        } finally {
            remove(laiChau.id);
        }
    }

    @Test
    void provinceCodeNamesTheProvinceWhenTheNameDoesNot() {
        Unit odd = QuarkusTransaction.requiringNew().call(() -> units.create("TEST-HUE", "Ủy ban cố đô",
                null, UnitKind.PROVINCE, units.findByCode("BNV").orElseThrow(), 91));
        try {
            Api.as(TestUsers.admin()).post("/api/v1/units/{id}/national-communes", odd.id).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("provinceCode"));
            Api.as(TestUsers.admin()).queryParam("provinceCode", "77").post("/api/v1/units/{id}/national-communes", odd.id)
                    .then().statusCode(400).body("errors.field", contains("provinceCode"));
            Api.as(TestUsers.admin()).queryParam("provinceCode", "46").post("/api/v1/units/{id}/national-communes", odd.id)
                    .then().statusCode(200).body("provinceName", equalTo("Thành phố Huế")).body("created", equalTo(0))
                    .body("missing", empty());
            // once the unit has taken Điện Biên's code and communes, Huế's list is not its list
            Api.as(TestUsers.admin()).queryParam("provinceCode", "11").queryParam("dryRun", false)
                    .post("/api/v1/units/{id}/national-communes", odd.id).then().statusCode(200)
                    .body("provinceName", equalTo("Tỉnh Điện Biên")).body("created", equalTo(45));
            Api.as(TestUsers.admin()).queryParam("provinceCode", "46").post("/api/v1/units/{id}/national-communes", odd.id)
                    .then().statusCode(400).body("errors.field", contains("provinceCode"));
        } finally {
            remove(odd.id);
        }
    }

    @Test
    void onlyAdminMayLoadAndBadTargetsAreNamed() {
        long pt = UnitResourceTest.id("PT");
        for (String token : new String[] { TestUsers.ptCoordinator(), TestUsers.hyCoordinator(), TestUsers.ptCultureOfficer(),
                TestUsers.namDanLeader(), TestUsers.hyViewer(), TestUsers.integration() }) {
            Api.as(token).queryParam("dryRun", true).post("/api/v1/units/{id}/national-communes", pt).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        Api.as(TestUsers.admin()).post("/api/v1/units/{id}/national-communes", 999_999).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(TestUsers.admin()).post("/api/v1/units/{id}/national-communes", UnitResourceTest.id("PT-VIETTRI")).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("id"));
        Api.as(TestUsers.admin()).queryParam("dryRun", "1").post("/api/v1/units/{id}/national-communes", pt).then()
                .statusCode(400).body("errors.field", contains("dryRun"));
    }

    /** Takes a test province out again: other test classes count the communes and provinces of the tree. */
    @Test
    void aProvinceAdministratorLoadsTheirOwnProvinceOnly() {
        long pt = UnitResourceTest.id("PT");
        Api.as(TestUsers.ptAdmin()).post("/api/v1/units/{id}/national-communes", pt).then().statusCode(200)
                .body("provinceCode", equalTo("25")).body("dryRun", equalTo(true));
        // Phú Thọ is outside Hưng Yên's administrator's scope: as if it did not exist
        Api.as(TestUsers.hyAdmin()).post("/api/v1/units/{id}/national-communes", pt).then().statusCode(404)
                .contentType("application/problem+json");
        // a commune of Phú Thọ is inside pt.admin's scope, but not a province
        Api.as(TestUsers.ptAdmin()).post("/api/v1/units/{id}/national-communes", UnitResourceTest.id("PT-VIETTRI")).then()
                .statusCode(400).body("errors.field", contains("id"));
    }

    @Test
    void anEmptyInstallationStartsFromTheNationalList() {
        // a province administrator whose account names a unit that does not exist yet: the installation is being set up
        String newAdmin = TestUsers.token("qn.admin", "TEST-QN", "province-admin");
        Api.as(newAdmin).get("/api/v1/me").then().statusCode(200).body("permissions.canAdministerOrganisation", equalTo(false))
                .body("permissions.canSetUpProvince", equalTo(true)).body("unit", equalTo(null));
        Api.as(TestUsers.ptAdmin()).get("/api/v1/me").then().statusCode(200).body("permissions.canSetUpProvince", equalTo(false));
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/me").then().statusCode(200).body("permissions.canSetUpProvince", equalTo(false));
        Api.as(TestUsers.admin()).get("/api/v1/me").then().statusCode(200).body("permissions.canSetUpProvince", equalTo(true));
        long before = units.count();
        Api.as(newAdmin).post("/api/v1/national-units/provinces/{code}/setup", "22").then().statusCode(200)
                .body("unit", equalTo(null)).body("code", equalTo("TEST-QN"))
                .body("communes.provinceName", equalTo("Tỉnh Quảng Ninh")).body("communes.dryRun", equalTo(true))
                .body("communes.new", hasSize(54)).body("communes.created", equalTo(0));
        assertEquals(before, units.count());
        // only with the code the account names, only a province administrator or an admin
        Api.as(newAdmin).queryParam("unitCode", "TEST-OTHER").post("/api/v1/national-units/provinces/{code}/setup", "22").then()
                .statusCode(403).contentType("application/problem+json");
        for (String token : new String[] { TestUsers.ptAdmin(), TestUsers.ptCoordinator(), TestUsers.namDanLeader(),
                TestUsers.hyViewer(), TestUsers.integration() }) {
            Api.as(token).post("/api/v1/national-units/provinces/{code}/setup", "22").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        long created = Api.as(newAdmin).queryParam("dryRun", false).post("/api/v1/national-units/provinces/{code}/setup", "22")
                .then().statusCode(200).body("unit.code", equalTo("TEST-QN")).body("unit.name", equalTo("Tỉnh Quảng Ninh"))
                .body("unit.kind", equalTo("PROVINCE")).body("communes.created", equalTo(54))
                .extract().jsonPath().getLong("unit.id");
        try {
            assertEquals(before + 55, units.count());
            Api.as(TestUsers.admin()).get("/api/v1/units/{id}", created).then().statusCode(200)
                    .body("officialCode", equalTo("22")).body("parentId", equalTo(null)).body("ancestors", empty());
            // the account now administers its province: the load is in step, and the set-up is not offered again
            Api.as(newAdmin).get("/api/v1/me").then().statusCode(200).body("permissions.canAdministerOrganisation", equalTo(true))
                    .body("permissions.administeredUnit.code", equalTo("TEST-QN")).body("permissions.canSetUpProvince", equalTo(false));
            Api.as(newAdmin).post("/api/v1/units/{id}/national-communes", created).then().statusCode(200)
                    .body("unchanged", equalTo(54)).body("new", empty());
            Api.as(newAdmin).post("/api/v1/national-units/provinces/{code}/setup", "04").then().statusCode(403);
            // the province is in the tree: an admin cannot create it twice, nor reuse its code
            Api.as(TestUsers.admin()).post("/api/v1/national-units/provinces/{code}/setup", "22").then().statusCode(409)
                    .body("errors.field", contains("provinceCode"));
            Api.as(TestUsers.admin()).queryParam("unitCode", "TEST-QN").post("/api/v1/national-units/provinces/{code}/setup", "04")
                    .then().statusCode(409).body("errors.field", contains("code"));
            Api.as(TestUsers.admin()).post("/api/v1/national-units/provinces/{code}/setup", "99").then().statusCode(404);
            // a unit code the tree cannot hold: 400 naming it, nothing created
            Api.as(TestUsers.admin()).queryParam("unitCode", "mã có dấu").queryParam("dryRun", false)
                    .post("/api/v1/national-units/provinces/{code}/setup", "04").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("unitCode"));
            assertEquals(before + 55, units.count());
            Api.as(TestUsers.admin()).queryParam("parentId", UnitResourceTest.id("PT"))
                    .post("/api/v1/national-units/provinces/{code}/setup", "04").then().statusCode(400)
                    .body("errors.field", contains("parentId"));
        } finally {
            remove(created);
        }
    }

    private void remove(long provinceId) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Long> ids = em.createQuery("select u.id from Unit u where u.parentId = :p", Long.class)
                    .setParameter("p", provinceId).getResultList();
            if (!ids.isEmpty()) {
                em.createNativeQuery("delete from deadline where unit_id in (:ids)").setParameter("ids", ids).executeUpdate();
                em.createNativeQuery("delete from unit where id in (:ids)").setParameter("ids", ids).executeUpdate();
            }
            em.createNativeQuery("delete from unit where id = :id").setParameter("id", provinceId).executeUpdate();
        });
    }
}
