package vn.gov.cchc.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bodies for creating units in tests. */
public final class Units {

    private Units() {
    }

    /** A unit to create under {@code parentId}, in the tree since 1 July 2025 (the communes' reorganisation). */
    public static Map<String, Object> body(String code, String name, String kind, Long parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("validFrom", "2025-07-01");
        return body;
    }
}
