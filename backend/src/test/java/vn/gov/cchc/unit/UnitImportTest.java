package vn.gov.cchc.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;

/**
 * Importing a unit's departments or divisions from an .xlsx or a pasted table: the preview, all or nothing, idempotence,
 * and who may. Real imports go into throw-away provinces (removed afterwards): other test classes count the units of the
 * demo provinces and the obligations their plans derive.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnitImportTest {

    private static final String XLSX = UnitImportService.XLSX;
    private static final String PATH = "/api/v1/units/{id}/children/import";

    @Inject
    UnitService units;

    @Inject
    EntityManager em;

    static byte[] xlsx(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Đơn vị");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static ValidatableResponse post(String token, long parent, Boolean dryRun, String type, byte[] body) {
        var spec = Api.as(token).contentType(type).header("Accept-Language", "vi").body(body);
        if (dryRun != null) {
            spec = spec.queryParam("dryRun", dryRun);
        }
        return spec.post(PATH, parent).then();
    }

    private static ValidatableResponse postTsv(String token, long parent, Boolean dryRun, String tsv) {
        return post(token, parent, dryRun, "text/tab-separated-values; charset=UTF-8", tsv.getBytes(StandardCharsets.UTF_8));
    }

    private Unit province(String code, String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> units.create(code, name, null, UnitKind.PROVINCE, units.findByCode("BNV").orElseThrow(), 95));
    }

    private long childCount(long parentId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(u) from Unit u where u.parentId = :p", Long.class)
                .setParameter("p", parentId).getSingleResult());
    }

    @Test
    void anXlsxIsPreviewedThenImportedOnceAndRepeatingItCreatesNothing() throws IOException {
        Unit p = province("TEST-IMP-BK", "UBND tỉnh Bắc Kạn Thử");
        try {
            byte[] sheet = xlsx(new String[] { "DANH SÁCH CƠ QUAN, ĐƠN VỊ" }, new String[] {},
                    new String[] { "STT", "Tên đơn vị", "Tên viết tắt", "Loại", "Mã", "Mã định danh", "Đầu mối CCHC" },
                    new String[] { "1", "Sở Nội vụ tỉnh Bắc Kạn Thử", "Sở Nội vụ", "Sở", null, null, "x" },
                    new String[] { "2", "Sở Khoa học và Công nghệ", null, null, null, null, null },
                    new String[] { "3", "Ban Quản lý các khu công nghiệp", null, "Ban", "TEST-IMP-BQL", null, null },
                    new String[] { "4", "Trung tâm Phục vụ hành chính công", null, "Đơn vị sự nghiệp", null, "H99", null },
                    new String[] { "5", "Báo và Phát thanh, Truyền hình", null, "Báo", null, null, "" });
            long before = units.count();
            post(TestUsers.admin(), p.id, true, XLSX, sheet).statusCode(200)
                    .body("dryRun", equalTo(true)).body("created", equalTo(0)).body("problems", empty())
                    .body("parent.code", equalTo("TEST-IMP-BK"))
                    .body("units.row", contains(4, 5, 6, 7, 8))
                    .body("units.status", everyItem(equalTo("NEW")))
                    .body("units.kind", contains("DEPARTMENT", "DEPARTMENT", "DEPARTMENT", "PUBLIC_SERVICE_UNIT", "MEDIA"))
                    .body("units.kindInferred", contains(false, true, false, false, false))
                    .body("units[1].notes", hasItem("Loại suy ra từ tên: DEPARTMENT."))
                    .body("units.code", contains("TEST-IMP-BK-SNV", "TEST-IMP-BK-SKHCN", "TEST-IMP-BQL", "TEST-IMP-BK-TTPVHCC",
                            "TEST-IMP-BK-BPTTH"))
                    .body("units.codeGenerated", contains(true, true, false, true, true))
                    .body("units.coordinating", contains(true, false, false, false, false))
                    .body("units.officialCode", contains(null, null, null, "H99", null))
                    .body("units.sortOrder", contains(1, 2, 3, 4, 5))
                    .body("units.unit", everyItem(nullValue()));
            assertEquals(before, units.count(), "a dry run creates nothing");

            post(TestUsers.admin(), p.id, false, XLSX, sheet).statusCode(201)
                    .body("dryRun", equalTo(false)).body("created", equalTo(5)).body("existing", equalTo(0))
                    .body("units.unit.code", contains("TEST-IMP-BK-SNV", "TEST-IMP-BK-SKHCN", "TEST-IMP-BQL", "TEST-IMP-BK-TTPVHCC",
                            "TEST-IMP-BK-BPTTH"));
            assertEquals(5, childCount(p.id));
            Api.as(TestUsers.admin()).queryParam("parentId", p.id).queryParam("sort", "tree").get("/api/v1/units").then()
                    .statusCode(200).body("items.name", hasItem("Sở Khoa học và Công nghệ"))
                    .body("items.find { it.code == 'TEST-IMP-BK-TTPVHCC' }.officialCode", equalTo("H99"))
                    .body("items.find { it.code == 'TEST-IMP-BK-TTPVHCC' }.kind", equalTo("PUBLIC_SERVICE_UNIT"));
            // the coordinating unit now receives the province's reports
            Unit snv = units.findByCode("TEST-IMP-BK-SNV").orElseThrow();
            assertEquals(snv.id, QuarkusTransaction.requiringNew().call(() -> units.coordinatorFor(units.get(p.id)).id));

            // again: every row exists (by name, diacritics aside, or by code); nothing is created
            byte[] again = xlsx(new String[] { "Name", "Code", "Kind" }, new String[] { "SO NOI VU TINH BAC KAN THU", null, null },
                    new String[] { "Another spelling", "test-imp-bql", "Ban" },
                    new String[] { "Sở Khoa học và Công nghệ", null, null });
            post(TestUsers.admin(), p.id, false, XLSX, again).statusCode(200).body("created", equalTo(0)).body("existing", equalTo(3))
                    .body("units.status", everyItem(equalTo("EXISTS"))).body("problems", empty())
                    .body("units.unit.code", contains("TEST-IMP-BK-SNV", "TEST-IMP-BQL", "TEST-IMP-BK-SKHCN"));
            post(TestUsers.admin(), p.id, false, XLSX, sheet).statusCode(200).body("created", equalTo(0)).body("existing", equalTo(5));
            assertEquals(5, childCount(p.id));

            // a second coordinating unit in the province is a row problem
            postTsv(TestUsers.admin(), p.id, true, "Tên đơn vị\tĐầu mối CCHC\nSở Tư pháp\tcó\n").statusCode(200)
                    .body("problems[0].row", equalTo(2)).body("problems[0].column", equalTo("coordinating"))
                    .body("problems[0].code", equalTo("COORDINATOR_TAKEN"))
                    .body("problems[0].message", containsString("Sở Nội vụ tỉnh Bắc Kạn Thử"))
                    .body("units[0].status", equalTo("INVALID"));
        } finally {
            remove(p.id);
        }
    }

    @Test
    void aPastedTableWithBadRowsListsEveryProblemAndCreatesNothing() {
        Unit p = province("TEST-IMP-CB", "UBND tỉnh Cao Bằng Thử");
        try {
            String tsv = String.join("\n",
                    "Tên đơn vị\tTên viết tắt\tLoại\tMã\tThứ tự",
                    "Sở Tài chính\t\tSở\tTEST-IMP-X\t1",
                    "\tKhông tên\tSở\t\t2",
                    "Hợp tác xã Bình Minh\t\tHợp tác xã\t\t3",
                    "Phòng Kinh tế\t\tPhòng\t\t4",
                    "Sở Y tế\t\tSở\tTEST-IMP-X\t5",
                    "Sở Xây dựng\t\t\t\tmột",
                    "Cục Thống kê\t\t\t\t");
            long before = units.count();
            postTsv(TestUsers.admin(), p.id, true, tsv).statusCode(200).body("created", equalTo(0))
                    .body("problems.row", contains(3, 4, 5, 6, 7, 8))
                    .body("problems.column", contains("name", "kind", "kind", "code", "sortOrder", "kind"))
                    .body("problems.code", contains("MISSING_NAME", "UNKNOWN_KIND", "KIND_NOT_ALLOWED", "DUPLICATE_CODE",
                            "BAD_SORT_ORDER", "KIND_NOT_INFERRED"))
                    .body("problems[1].text", equalTo("Hợp tác xã"))
                    .body("problems[2].message", equalTo("Đơn vị loại COMMUNE_DIVISION không thể trực thuộc đơn vị loại PROVINCE."))
                    .body("problems[3].message", equalTo("Mã \"TEST-IMP-X\" đã có ở dòng 2 của bảng."))
                    .body("units.status", contains("NEW", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID"));
            // in English
            Api.as(TestUsers.admin()).contentType("text/plain; charset=UTF-8").header("Accept-Language", "en")
                    .body(tsv.getBytes(StandardCharsets.UTF_8)).post(PATH, p.id).then().statusCode(200)
                    .body("problems[0].message", equalTo("The unit has no name."));
            // the real import: a 400 naming every row and column, and nothing created
            postTsv(TestUsers.admin(), p.id, false, tsv).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("rows[3].name", "rows[4].kind", "rows[5].kind", "rows[6].code",
                            "rows[7].sortOrder", "rows[8].kind"));
            assertEquals(before, units.count());
            assertEquals(0, childCount(p.id));
            // a code of another unit of the tree, and a table without its header
            postTsv(TestUsers.admin(), p.id, true, "Tên đơn vị\tMã\nSở Nội vụ\tPT-SNV\n").statusCode(200)
                    .body("problems[0].code", equalTo("CODE_TAKEN")).body("problems[0].message", containsString("Sở Nội vụ tỉnh Phú Thọ"));
            postTsv(TestUsers.admin(), p.id, false, "Sở Nội vụ\tSở\n").statusCode(400).body("errors.field", contains("body"));
            postTsv(TestUsers.admin(), p.id, true, "Sở Nội vụ\tSở\n").statusCode(200).body("problems.code", contains("NO_HEADER"));
            post(TestUsers.admin(), p.id, true, XLSX, "not a spreadsheet".getBytes(StandardCharsets.UTF_8)).statusCode(200)
                    .body("problems.code", contains("UNREADABLE_FILE"));
            post(TestUsers.admin(), p.id, true, "text/plain", new byte[0]).statusCode(400).body("errors.field", contains("body"));
        } finally {
            remove(p.id);
        }
    }

    @Test
    void aCommunesDivisionsComeFromAPastedTable() {
        Unit p = province("TEST-IMP-LS", "UBND tỉnh Lạng Sơn Thử");
        try {
            Unit commune = QuarkusTransaction.requiringNew()
                    .call(() -> units.create("TEST-IMP-LS-XA", "UBND xã Đồng Đăng Thử", null, UnitKind.COMMUNE, units.get(p.id), 1));
            // pasted from Word: no kind column, "Ban"/"Văn phòng" are divisions under a commune
            String tsv = "Ten don vi\tTen viet tat\nVăn phòng HĐND và UBND xã\tVăn phòng\nPhòng Kinh tế\t\nBan Chỉ huy quân sự xã\t\n";
            postTsv(TestUsers.admin(), commune.id, false, tsv).statusCode(201).body("created", equalTo(3))
                    .body("units.kind", everyItem(equalTo("COMMUNE_DIVISION"))).body("units.kindInferred", everyItem(equalTo(true)))
                    .body("units.code", contains("TEST-IMP-LS-XA-VP", "TEST-IMP-LS-XA-PKT", "TEST-IMP-LS-XA-BCHQSX"));
            postTsv(TestUsers.admin(), commune.id, false, tsv).statusCode(200).body("created", equalTo(0)).body("existing", equalTo(3));
            assertEquals(3, childCount(commune.id));
            // a department under a commune is refused
            postTsv(TestUsers.admin(), commune.id, true, "Tên đơn vị\tLoại\nSở Công Thương\tDEPARTMENT\n").statusCode(200)
                    .body("problems.code", contains("KIND_NOT_ALLOWED"));
        } finally {
            remove(p.id);
        }
    }

    @Test
    void aProvinceAdministratorImportsInTheirProvinceOnly() {
        long pt = UnitResourceTest.id("PT");
        long hy = UnitResourceTest.id("HY");
        long namDan = UnitResourceTest.id("TQ-NAMDAN");
        String tsv = "Tên đơn vị\nSở Nội vụ tỉnh Phú Thọ\nSở Dân tộc và Tôn giáo\n";
        long before = units.count();
        postTsv(TestUsers.ptAdmin(), pt, true, tsv).statusCode(200).body("parent.code", equalTo("PT"))
                .body("units.status", contains("EXISTS", "NEW")).body("units[0].unit.code", equalTo("PT-SNV"))
                .body("units[1].code", equalTo("PT-SDTTG")).body("units[1].unit", nullValue());
        // a real import whose every row exists changes nothing
        postTsv(TestUsers.ptAdmin(), pt, false, "Tên đơn vị\nSở Nội vụ tỉnh Phú Thọ\n").statusCode(200).body("created", equalTo(0))
                .body("units[0].unit.id", notNullValue());
        // outside the province: 404, as if the unit did not exist
        for (long outside : new long[] { hy, namDan }) {
            postTsv(TestUsers.ptAdmin(), outside, true, tsv).statusCode(404).contentType("application/problem+json");
            postTsv(TestUsers.ptAdmin(), outside, false, tsv).statusCode(404);
        }
        postTsv(TestUsers.hyAdmin(), pt, true, tsv).statusCode(404);
        postTsv(TestUsers.admin(), 999_999_999L, true, tsv).statusCode(404);
        // no administrator: 403
        for (String token : new String[] { TestUsers.ptCoordinator(), TestUsers.hyCoordinator(), TestUsers.ptCultureOfficer(),
                TestUsers.namDanLeader(), TestUsers.hyViewer(), TestUsers.integration(),
                TestUsers.token("lost.admin", null, "province-admin") }) {
            postTsv(token, pt, true, tsv).statusCode(403).contentType("application/problem+json");
        }
        Api.anonymous().contentType("text/plain").body(tsv).post(PATH, pt).then().statusCode(401);
        assertEquals(before, units.count());
    }

    @Test
    void onlyAdminsAndProvinceAdministratorsAreLetIn() throws NoSuchMethodException {
        // the resource spells the roles out (unit/ may not depend on security/): they must be these realm roles
        assertEquals(java.util.Set.of(vn.gov.cchc.security.Roles.ADMIN, vn.gov.cchc.security.Roles.PROVINCE_ADMIN),
                java.util.Set.of(UnitImportResource.class
                        .getMethod("importChildren", long.class, Boolean.class, String.class, String.class, byte[].class)
                        .getAnnotation(jakarta.annotation.security.RolesAllowed.class).value()));
    }

    @Test
    void initialsLeaveOutTheEnclosingUnit() {
        assertEquals("SNV", UnitImportService.initials("Sở Nội vụ tỉnh Phú Thọ", "UBND tỉnh Phú Thọ"));
        assertEquals("SNV", UnitImportService.initials("Sở Nội vụ Phú Thọ", "UBND tỉnh Phú Thọ"));
        assertEquals("PVHXH", UnitImportService.initials("Phòng Văn hóa - Xã hội xã Năm Dẩn", "UBND xã Năm Dẩn"));
        assertEquals("SKHCN", UnitImportService.initials("Sở Khoa học và Công nghệ", "UBND tỉnh Hưng Yên"));
        assertEquals(List.of(true, true, false, false), List.of(UnitImportService.flag("x").orElseThrow(),
                UnitImportService.flag("Có").orElseThrow(), UnitImportService.flag("").orElseThrow(),
                UnitImportService.flag("không").orElseThrow()));
        assertEquals(java.util.Optional.empty(), UnitImportService.flag("maybe"));
    }

    /** Takes a test province and everything below it out again. */
    private void remove(long provinceId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Unit root = em.find(Unit.class, provinceId);
            List<Long> ids = em.createQuery("select u.id from Unit u where u.path like :p order by u.depth desc", Long.class)
                    .setParameter("p", root.path + "%").getResultList();
            em.createNativeQuery("delete from deadline where unit_id in (:ids)").setParameter("ids", ids).executeUpdate();
            for (Long id : ids) {
                em.createNativeQuery("delete from unit where id = :id").setParameter("id", id).executeUpdate();
            }
        });
    }
}
