package vn.gov.cchc.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies and lookups for plan tests. */
public final class Plans {

    private Plans() {
    }

    public static Map<String, Object> draft(long issuingUnitId, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "COMMUNICATION");
        body.put("year", 2026);
        body.put("title", title);
        body.put("issuingUnitId", issuingUnitId);
        body.put("place", "Phú Thọ");
        body.put("legalBases", new ArrayList<>(List.of("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ")));
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("purpose", "Nâng cao nhận thức về **cải cách hành chính**.");
        sections.put("organisation", "Sở Nội vụ chủ trì, theo dõi, đôn đốc.");
        body.put("sections", sections);
        body.put("recipients", new ArrayList<>(List.of("Bộ Nội vụ", "Lưu: VT")));
        return body;
    }

    public static Map<String, Object> issue(String number, String issuedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("issuedOn", issuedOn);
        body.put("signerName", "Nguyễn Khắc Hiếu");
        body.put("signerPosition", "Phó Chủ tịch");
        body.put("signingCapacity", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH");
        return body;
    }

    public static long unitId(String code) {
        return Api.as(TestUsers.admin()).queryParam("q", code).queryParam("size", 100).get("/api/v1/units").then()
                .statusCode(200).extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    /** Id of the plan with this exact title, looked up as the admin. */
    public static long planId(String title) {
        return Api.as(TestUsers.admin()).queryParam("q", title).queryParam("size", 100).get("/api/v1/plans").then()
                .statusCode(200).extract().jsonPath().getLong("items.find { it.title == '" + title + "' }.id");
    }

    public static long create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/plans").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A title no other test uses. */
    public static String unique(String prefix) {
        return prefix + " " + System.nanoTime();
    }
}
