package vn.gov.cchc.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for task tests. */
public final class Tasks {

    private Tasks() {
    }

    public static Map<String, Object> task(String section, String content, List<Map<String, Object>> lead,
            String timeframe) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sectionCode", section);
        body.put("sectionTitle", section == null ? null : "Mục " + section);
        body.put("content", content);
        body.put("lead", new ArrayList<>(lead));
        body.put("cooperating", new ArrayList<>(List.of(text("Các cơ quan, đơn vị liên quan"))));
        body.put("timeframe", Map.of("text", timeframe));
        return body;
    }

    public static Map<String, Object> unit(long id) {
        return Map.of("unitId", id);
    }

    public static Map<String, Object> group(String group) {
        return Map.of("group", group);
    }

    public static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }

    /** A fresh draft plan of the given issuer, drafted by the given user; returns its id. */
    public static long draftPlan(String token, String issuerCode, String title) {
        return Plans.create(token, Plans.draft(Plans.unitId(issuerCode), Plans.unique(title)));
    }
}
