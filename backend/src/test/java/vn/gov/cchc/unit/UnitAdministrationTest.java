package vn.gov.cchc.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.TestUsers;

/** Who may change the organisation, what each change checks, and the tree as of a day. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnitAdministrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String BASIS = "Quyết định số 1234/QĐ-UBND ngày 20/6/2025 của UBND tỉnh Phú Thọ";

    static String n() {
        return Long.toString(System.nanoTime() % 10_000_000);
    }

    static Map<String, Object> unit(String code, String name, String kind, Long parentId) {
        return vn.gov.cchc.support.Units.body(code, name, kind, parentId);
    }

    static Response create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/units");
    }

    static long created(String token, Map<String, Object> body) {
        return create(token, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void dissolve(long id) {
        Api.as(TestUsers.admin()).body(Map.of("effectiveOn", TODAY.toString(), "legalBasis", "Dọn dữ liệu thử"))
                .post("/api/v1/units/{id}/dissolve", id).then().statusCode(200);
    }

    @Test
    void provinceAdministratorsChangeTheirProvinceOnlyAndOtherRolesNothing() {
        String n = n();
        long pt = Plans.unitId("PT");
        long hy = Plans.unitId("HY");
        Map<String, Object> ward = unit("PT-ADM-" + n, "UBND phường Quản Trị " + n, "COMMUNE", pt);
        // roles that may not administer
        create(TestUsers.ptCoordinator(), ward).then().statusCode(403);
        create(TestUsers.token("viettri.officer", "PT-VIETTRI", "officer"), ward).then().statusCode(403);
        create(TestUsers.token("pt.leader", "PT", "leader"), ward).then().statusCode(403);
        // another province's administrator: Phú Thọ does not exist for them
        create(TestUsers.hyAdmin(), ward).then().statusCode(404).body("errors.field", hasItem("parentId"));
        // Phú Thọ's administrator: created, with its Location and ETag
        Response ok = create(TestUsers.ptAdmin(), ward);
        ok.then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue())
                .body("name", equalTo("UBND phường Quản Trị " + n)).body("validFrom", equalTo("2025-07-01"))
                .body("ancestors.code", contains("BNV", "PT"));
        long id = ok.jsonPath().getLong("id");
        Api.as(TestUsers.ptAdmin()).get(ok.header("Location")).then().statusCode(200).header("ETag", equalTo(ok.header("ETag")));
        // a province administrator creates no roots; admin creates anywhere
        create(TestUsers.ptAdmin(), unit("ROOT-" + n, "Bộ thử " + n, "MINISTRY", null)).then().statusCode(403);
        long hyWard = created(TestUsers.admin(), unit("HY-ADM-" + n, "UBND xã Quản Trị " + n, "COMMUNE", hy));

        // Hưng Yên's unit answers 404 to Phú Thọ's administrator for every change
        long hySnv = Plans.unitId("HY-SNV");
        Map<String, Object> edit = Map.of("shortName", "Sở", "coordinating", true, "sortOrder", 1);
        Api.as(TestUsers.ptAdmin()).header("If-Match", "\"0\"").body(edit).put("/api/v1/units/{id}", hySnv).then().statusCode(404);
        Api.as(TestUsers.ptAdmin()).body(Map.of("name", "X", "effectiveOn", TODAY.toString(), "legalBasis", BASIS))
                .post("/api/v1/units/{id}/rename", hyWard).then().statusCode(404);
        Api.as(TestUsers.ptAdmin()).body(Map.of("parentId", pt, "effectiveOn", TODAY.toString(), "legalBasis", BASIS))
                .post("/api/v1/units/{id}/move", hyWard).then().statusCode(404);
        Api.as(TestUsers.ptAdmin()).body(Map.of("effectiveOn", TODAY.toString(), "legalBasis", BASIS))
                .post("/api/v1/units/{id}/dissolve", hyWard).then().statusCode(404);
        Api.as(TestUsers.ptAdmin()).delete("/api/v1/units/{id}", hyWard).then().statusCode(404);
        Api.as(TestUsers.ptAdmin()).body(Map.of("predecessorIds", List.of(hyWard), "successorId", id, "effectiveOn", TODAY.toString(),
                "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(404).body("errors.field", hasItem("predecessorIds"));
        // and the coordinator cannot change a unit of their own province
        Api.as(TestUsers.ptCoordinator()).body(Map.of("name", "X", "effectiveOn", TODAY.toString(), "legalBasis", BASIS))
                .post("/api/v1/units/{id}/rename", id).then().statusCode(403);
        Api.as(TestUsers.ptCoordinator()).delete("/api/v1/units/{id}", id).then().statusCode(403);
        Api.as(TestUsers.ptCoordinator()).body(Map.of("predecessorIds", List.of(id), "successorId", Plans.unitId("PT-VIETTRI"),
                "effectiveOn", TODAY.toString(), "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(403);

        // admin: a merger across provinces is refused, naming the field, and changes nothing
        Api.as(TestUsers.admin()).body(Map.of("predecessorIds", List.of(hyWard), "successorId", id, "effectiveOn", TODAY.toString(),
                "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(400).body("errors.field", hasItem("successorId"));
        Api.as(TestUsers.admin()).body(Map.of("predecessorIds", List.of(hyWard, id), "newUnit", Map.of("code", "X-" + n, "name", "X"),
                "effectiveOn", TODAY.toString(), "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(400)
                .body("errors.field", hasItem("predecessorIds"));
        Api.as(TestUsers.admin()).get("/api/v1/units/{id}", hyWard).then().statusCode(200).body("validTo", equalTo(null));

        // a unit without history is deleted; one with history is dissolved instead
        long fresh = created(TestUsers.ptAdmin(), unit("PT-ADM-D" + n, "Phòng Thử Nghiệm " + n, "COMMUNE_DIVISION", id));
        Api.as(TestUsers.ptAdmin()).delete("/api/v1/units/{id}", fresh).then().statusCode(204);
        Api.as(TestUsers.ptAdmin()).get("/api/v1/units/{id}", fresh).then().statusCode(404);
        // the test ward: whether it owes obligations yet depends on the plans other tests issued to every commune;
        // dissolving it works either way and keeps its history
        dissolve(id);
        // Phú Thọ has units below it, plans and history
        Api.as(TestUsers.admin()).delete("/api/v1/units/{id}", pt).then().statusCode(409).body("detail", notNullValue());
        dissolve(hyWard);
        Api.as(TestUsers.admin()).delete("/api/v1/units/{id}", hyWard).then().statusCode(409);
    }

    @Test
    void everyBadChangeNamesItsFieldAndChangesNothing() {
        String n = n();
        long pt = Plans.unitId("PT");
        String admin = TestUsers.ptAdmin();
        long ward = created(admin, unit("PT-VAL-" + n, "UBND phường Kiểm Tra " + n, "COMMUNE", pt));
        long division = created(admin, unit("PT-VAL-D" + n, "Phòng Kinh tế phường Kiểm Tra " + n, "COMMUNE_DIVISION", ward));

        // a commune under a department; a division under the province
        create(admin, unit("PT-VAL-X" + n, "X", "COMMUNE", Plans.unitId("PT-SNV"))).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        // duplicate code and official code
        create(admin, unit("PT-SNV", "Sở Nội vụ thứ hai", "DEPARTMENT", pt)).then().statusCode(409).body("errors.field", hasItem("code"));
        Map<String, Object> coded = unit("PT-VAL-C" + n, "UBND xã Mã " + n, "COMMUNE", pt);
        coded.put("officialCode", String.format("%05d", Long.parseLong(n) % 100000));
        long withCode = created(admin, coded);
        Map<String, Object> again = new HashMap<>(coded);
        again.put("code", "PT-VAL-C2" + n);
        create(admin, again).then().statusCode(409).body("errors.field", hasItem("officialCode"));
        // a future start
        Map<String, Object> future = unit("PT-VAL-F" + n, "X", "COMMUNE", pt);
        future.put("validFrom", TODAY.plusDays(1).toString());
        create(admin, future).then().statusCode(400).body("errors.field", hasItem("validFrom"));

        // moves: under itself, under its own division, under a parent of the wrong kind
        Map<String, Object> move = new HashMap<>(Map.of("parentId", ward, "effectiveOn", TODAY.toString(), "legalBasis", BASIS));
        Api.as(admin).body(move).post("/api/v1/units/{id}/move", ward).then().statusCode(400).body("errors.field", hasItem("parentId"));
        move.put("parentId", division);
        Api.as(admin).body(move).post("/api/v1/units/{id}/move", ward).then().statusCode(400).body("errors.field", hasItem("parentId"));
        move.put("parentId", Plans.unitId("PT-SNV"));
        Api.as(admin).body(move).post("/api/v1/units/{id}/move", ward).then().statusCode(400).body("errors.field", hasItem("parentId"));
        // renames: in the future, before the unit existed
        Api.as(admin).body(Map.of("name", "Y", "effectiveOn", TODAY.plusDays(3).toString(), "legalBasis", BASIS))
                .post("/api/v1/units/{id}/rename", ward).then().statusCode(400).body("errors.field", hasItem("effectiveOn"));
        Api.as(admin).body(Map.of("name", "Y", "effectiveOn", "2025-06-30", "legalBasis", BASIS))
                .post("/api/v1/units/{id}/rename", ward).then().statusCode(400).body("errors.field", hasItem("effectiveOn"));
        // merger rules
        Api.as(admin).body(Map.of("predecessorIds", List.of(ward), "newUnit", Map.of("code", "PT-VAL-N" + n, "name", "N"),
                "effectiveOn", TODAY.toString(), "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(400)
                .body("errors.field", hasItem("predecessorIds"));
        Api.as(admin).body(Map.of("predecessorIds", List.of(ward, division), "successorId", withCode, "effectiveOn", TODAY.toString(),
                "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(400).body("errors.field", hasItem("predecessorIds"));
        Api.as(admin).body(Map.of("predecessorIds", List.of(ward), "successorId", ward, "effectiveOn", TODAY.toString(),
                "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(400).body("errors.field", hasItem("successorId"));
        Api.as(admin).body(Map.of("predecessorIds", List.of(ward), "successorId", division, "effectiveOn", TODAY.toString(),
                "legalBasis", BASIS)).post("/api/v1/units/mergers").then().statusCode(400).body("errors.field", hasItem("successorId"));
        // nothing changed
        Api.as(admin).get("/api/v1/units/{id}/history", ward).then().statusCode(200).body("versions.change", contains("CREATED"))
                .body("versions[0].parent.code", equalTo("PT"));

        // edits need the current ETag
        Map<String, Object> edit = new HashMap<>();
        edit.put("shortName", "Phường Kiểm Tra");
        edit.put("officialCode", null);
        edit.put("coordinating", false);
        edit.put("sortOrder", 7);
        Api.as(admin).body(edit).put("/api/v1/units/{id}", ward).then().statusCode(428);
        Api.as(admin).header("If-Match", "\"9\"").body(edit).put("/api/v1/units/{id}", ward).then().statusCode(412);
        String etag = Api.as(admin).get("/api/v1/units/{id}", ward).then().statusCode(200).extract().header("ETag");
        Api.as(admin).header("If-Match", etag).body(edit).put("/api/v1/units/{id}", ward).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("shortName", equalTo("Phường Kiểm Tra"));
        Api.as(admin).header("If-Match", etag).body(edit).put("/api/v1/units/{id}", ward).then().statusCode(412);
        // edited: it has history now
        Api.as(admin).delete("/api/v1/units/{id}", division).then().statusCode(204);
        dissolve(withCode);
        Api.as(admin).delete("/api/v1/units/{id}", ward).then().statusCode(409);
        dissolve(ward);
        // a dissolved unit is no parent and no successor
        create(admin, unit("PT-VAL-G" + n, "G", "COMMUNE_DIVISION", ward)).then().statusCode(400).body("errors.field", hasItem("parentId"));
    }

    @Test
    void theTreeAsOfADayShowsTheNamesAndParentsOfThatDay() {
        String n = n();
        long pt = Plans.unitId("PT");
        String admin = TestUsers.ptAdmin();
        long ward = created(admin, unit("PT-ASOF-" + n, "UBND xã Cũ " + n, "COMMUNE", pt));
        long division = created(admin, unit("PT-ASOF-D" + n, "Phòng Văn hóa – Xã hội " + n, "COMMUNE_DIVISION", ward));
        long other = created(admin, unit("PT-ASOF-O" + n, "UBND xã Khác " + n, "COMMUNE", pt));
        Api.as(admin).body(Map.of("name", "UBND xã Mới " + n, "shortName", "Xã Mới", "effectiveOn", "2026-01-01", "legalBasis", BASIS))
                .post("/api/v1/units/{id}/rename", ward).then().statusCode(200).body("name", equalTo("UBND xã Mới " + n));
        Api.as(admin).body(Map.of("parentId", other, "effectiveOn", "2026-02-01", "legalBasis", BASIS))
                .post("/api/v1/units/{id}/move", division).then().statusCode(200).body("parentId", equalTo((int) other))
                .body("ancestors.code", contains("BNV", "PT", "PT-ASOF-O" + n));

        String viewer = TestUsers.hyViewer();
        String find = "[0].children.find { it.id == " + ward + " }";
        Api.as(viewer).queryParam("rootId", pt).queryParam("asOf", "2025-12-31").get("/api/v1/units/tree").then().statusCode(200)
                .body(find + ".name", equalTo("UBND xã Cũ " + n))
                .body(find + ".children.id", contains((int) division));
        Api.as(viewer).queryParam("rootId", pt).queryParam("asOf", "2026-01-15").get("/api/v1/units/tree").then().statusCode(200)
                .body(find + ".name", equalTo("UBND xã Mới " + n))
                .body(find + ".children.id", contains((int) division));
        Api.as(viewer).queryParam("rootId", pt).get("/api/v1/units/tree").then().statusCode(200)
                .body(find + ".name", equalTo("UBND xã Mới " + n))
                .body(find + ".children.size()", equalTo(0))
                .body("[0].children.find { it.id == " + other + " }.children.id", contains((int) division));
        // before they existed
        Api.as(viewer).queryParam("rootId", pt).queryParam("asOf", "2025-06-30").get("/api/v1/units/tree").then().statusCode(200)
                .body("[0].children.id", not(hasItem((int) ward)));
        // the list as of a day, with that day's names and ancestors
        Api.as(viewer).queryParam("asOf", "2025-12-31").queryParam("q", "cu " + n).get("/api/v1/units").then().statusCode(200)
                .body("items.id", contains((int) ward)).body("items[0].name", equalTo("UBND xã Cũ " + n));
        Api.as(viewer).queryParam("asOf", "2026-01-15").queryParam("parentId", ward).get("/api/v1/units").then().statusCode(200)
                .body("items.id", contains((int) division)).body("items[0].ancestors[2].name", equalTo("UBND xã Mới " + n));
        // the history, oldest first
        Api.as(viewer).get("/api/v1/units/{id}/history", ward).then().statusCode(200)
                .body("versions.change", contains("CREATED", "RENAMED"))
                .body("versions.name", contains("UBND xã Cũ " + n, "UBND xã Mới " + n))
                .body("versions.validTo", contains("2025-12-31", null))
                .body("versions[1].legalBasis", equalTo(BASIS)).body("versions[1].changedBy", equalTo("pt.admin"));
        Api.as(viewer).get("/api/v1/units/{id}/history", division).then().statusCode(200)
                .body("versions.change", contains("CREATED", "MOVED"))
                .body("versions.parent.id", contains((int) ward, (int) other));
        dissolve(ward);
        dissolve(other);
    }
}
