package vn.gov.cchc.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.TestUsers;

/**
 * Every operation of the contract, sent hostile input as a signed-in user: ids that do not exist,
 * are zero, negative, not numbers or too big; query values of the wrong type; bodies that are not
 * JSON, of the wrong shape, with wrong types, lone surrogates, NUL, over-long texts, bad dates; the
 * wrong content type. No answer may be a 5xx, and every 4xx is problem+json with a type and a title.
 * Nothing that exists is touched: path ids are made up, except for a draft plan the sweep creates.
 * A new operation in openapi.yaml is swept without changing this test.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class HostileInputSweepTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SURROGATE = "__LONE_SURROGATE__";
    private static final String MISSING_ID = "987654321";
    private static final List<String> BAD_IDS = List.of(MISSING_ID, "-1", "abc", "99999999999999999999");

    private JsonNode contract;
    private long ownPlan;
    private final List<String> failures = new ArrayList<>();
    private int sent;

    record Probe(String what, String path, String query, String contentType, String body) {
    }

    @Test
    void noHostileInputGetsAServerErrorOrAnAnswerThatIsNotAProblem() throws Exception {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        ownPlan = Plans.create(TestUsers.token("sweep.coordinator", "PT-SNV", "coordinator"), Plans.draft(Plans.unitId("PT"), Plans.unique("Quét")));
        // a coordinator of its own, so that what it marks read or rotates is nobody else's
        String coordinator = TestUsers.token("sweep.coordinator", "PT-SNV", "coordinator");
        String admin = TestUsers.admin();
        long t0 = System.nanoTime();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations++;
                List<Probe> probes = probes(path.getKey(), method, op.getValue());
                for (Probe p : probes) {
                    if (send(coordinator, method, p) == 403) {
                        send(admin, method, p); // the administrator's operations: as the administrator
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(operations >= 60, "the contract's operations were read: " + operations);
        assertTrue(sent > 500, "requests sent: " + sent);
        assertEquals(List.of(), failures, sent + " requests in " + seconds + " s");
    }

    private int send(String token, String method, Probe p) {
        RequestSpecification spec = given().urlEncodingEnabled(false).auth().oauth2(token)
                .header("Accept", "application/json, application/problem+json, */*");
        if (p.contentType() != null) {
            spec = spec.contentType(p.contentType()).body(p.body().getBytes(StandardCharsets.UTF_8));
        }
        if ("PUT".equals(method) || "DELETE".equals(method)) {
            spec = spec.header("If-Match", "\"0\"");
        }
        String url = p.path() + (p.query() == null ? "" : "?" + p.query());
        Response r = spec.request(method, url);
        sent++;
        int status = r.statusCode();
        String where = method + " " + abbreviate(url) + " [" + p.what() + "] → " + status;
        if (status >= 500) {
            failures.add(where + " " + abbreviate(r.asString()));
        } else if (status >= 400) {
            String ct = r.contentType();
            if (ct == null || !ct.startsWith("application/problem+json")) {
                failures.add(where + " with " + ct);
            } else {
                JsonNode json;
                try {
                    json = JSON.readTree(r.asString());
                } catch (Exception e) {
                    json = F.nullNode();
                }
                if (!json.path("type").isTextual() || !json.path("title").isTextual()) {
                    failures.add(where + " without type or title");
                }
            }
        }
        return status;
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + ")" : s;
    }

    // --- the probes of one operation

    private List<Probe> probes(String template, String method, JsonNode op) {
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        Map<String, String> base = new LinkedHashMap<>();
        for (String name : pathParams(template)) {
            base.put(name, baseValue(template, name, method));
        }
        List<Probe> probes = new ArrayList<>();
        // path ids that do not exist or are not ids
        for (String name : base.keySet()) {
            for (String bad : BAD_IDS) {
                Map<String, String> values = new LinkedHashMap<>(base);
                values.put(name, bad);
                probes.add(new Probe("path " + name + "=" + bad, fill(template, values), null, null, null));
            }
        }
        if (!base.isEmpty()) {
            Map<String, String> values = new LinkedHashMap<>(base);
            values.put(base.keySet().iterator().next(), "a".repeat(5000));
            probes.add(new Probe("long path", fill(template, values), null, null, null));
        }
        String path = fill(template, base);
        // hostile query values, one parameter at a time
        for (JsonNode p : params) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            for (String bad : badValues(resolve(p.path("schema")))) {
                probes.add(new Probe("query " + name, path, name + "=" + bad, null, null));
            }
        }
        if ("GET".equals(method)) {
            probes.add(new Probe("query junk", path, "q=%ED%A0%80&page=-1&size=100000&sort=%00", null, null));
        }
        // hostile bodies
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(content.path("application/json").path("schema"));
            for (String body : List.of("{", "[]", "{\"unknownField\":1}", "\u0000")) {
                probes.add(new Probe("body " + abbreviate(body), path, null, "application/json", body));
            }
            for (int variant = 0; variant < 3; variant++) {
                String body = hostile(schema, variant, 0).toString().replace(SURROGATE, "\\ud800");
                probes.add(new Probe("typed body " + variant, path, null, "application/json", body));
            }
            probes.add(new Probe("wrong content type", path, null, "text/plain", "hello"));
        } else if (content.size() > 0) {
            String type = content.fieldNames().next();
            if (type.startsWith("multipart/")) {
                probes.add(new Probe("bad multipart", path, null, "multipart/form-data; boundary=XYZ",
                        "--ABC\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"b\r\n\"\r\n\r\nx\r\n--ABC--"));
                probes.add(new Probe("no boundary", path, null, "multipart/form-data", "x"));
            } else {
                probes.add(new Probe("garbage " + type, path, null, type, "\u0000\u0001PK\u0003\u0004{"));
            }
            probes.add(new Probe("json instead", path, null, "application/json", "{}"));
        }
        return probes;
    }

    private static List<String> pathParams(String template) {
        List<String> names = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The sweep's own draft plan where the operation is on a plan (and is not a deletion); else made up. */
    private String baseValue(String template, String name, String method) {
        boolean plan = template.startsWith("/api/v1/plans/{" + name + "}");
        if (plan && !"DELETE".equals(method)) {
            return String.valueOf(ownPlan);
        }
        if (name.equals("date")) {
            return "1999-01-01";
        }
        if (name.equals("year")) {
            return "1999";
        }
        return MISSING_ID;
    }

    private static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> badValues(JsonNode schema) {
        String type = schema.path("type").asText();
        Set<String> out = new LinkedHashSet<>();
        switch (type) {
            case "boolean" -> out.addAll(List.of("maybe", "1"));
            case "integer", "number" -> out.addAll(List.of("abc", "99999999999999999999"));
            default -> {
                if (schema.has("enum")) {
                    out.add("NOPE");
                } else if ("date".equals(schema.path("format").asText())) {
                    out.addAll(List.of("2026-02-30", "0000-01-01"));
                } else {
                    out.addAll(List.of("%00", "%ED%A0%80"));
                }
            }
        }
        return List.copyOf(out);
    }

    private JsonNode resolve(JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 10) {
            String ref = schema.path("$ref").asText();
            schema = contract.at(ref.substring(1));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0));
        }
        return schema;
    }

    /** A value of the schema's shape whose every leaf is hostile, in one of four ways. */
    private JsonNode hostile(JsonNode schema, int variant, int depth) {
        schema = resolve(schema);
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        if (depth > 4) {
            return F.nullNode();
        }
        switch (type) {
            case "object" -> {
                ObjectNode o = F.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> prop = it.next();
                    if (prop.getValue().path("readOnly").asBoolean()) {
                        continue;
                    }
                    o.set(prop.getKey(), variant == 3 ? F.nullNode() : hostile(prop.getValue(), variant, depth + 1));
                }
                return o;
            }
            case "array" -> {
                if (variant == 1) {
                    return F.textNode("not an array");
                }
                ArrayNode a = F.arrayNode();
                a.add(hostile(schema.path("items"), variant, depth + 1));
                if (variant == 2) {
                    a.addNull();
                }
                return a;
            }
            case "integer", "number" -> {
                return switch (variant) {
                    case 0 -> F.numberNode(new java.math.BigInteger("99999999999999999999999"));
                    case 1 -> F.textNode("12");
                    default -> F.numberNode(-1);
                };
            }
            case "boolean" -> {
                return variant == 0 ? F.textNode("true") : F.numberNode(1);
            }
            default -> {
                if (schema.has("enum")) {
                    return variant == 0 ? F.numberNode(1) : F.textNode("NOPE");
                }
                if ("date".equals(schema.path("format").asText())) {
                    return F.textNode(variant == 0 ? "2026-01-01T23:30:00Z" : variant == 1 ? "2026-02-30" : "0000-01-01");
                }
                return switch (variant) {
                    case 0 -> F.textNode("x\u0000y");
                    case 1 -> F.textNode(SURROGATE);
                    default -> F.textNode("\u200b" + "đ".repeat(20_001));
                };
            }
        }
    }
}
