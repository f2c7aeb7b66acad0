package vn.gov.cchc.support;

import java.util.HashMap;
import java.util.Map;

/** Request bodies for report schedules. */
public final class Schedules {

    private Schedules() {
    }

    public static Map<String, Object> schedule(String type, String rule, Integer day) {
        Map<String, Object> s = new HashMap<>();
        s.put("name", "Báo cáo " + type);
        s.put("periodType", type);
        s.put("dueRule", rule);
        s.put("dueDay", day);
        return s;
    }
}
