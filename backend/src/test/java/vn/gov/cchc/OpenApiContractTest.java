package vn.gov.cchc;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The OpenAPI document the service serves must be ../openapi.yaml, the contract the SPA's client is
 * generated from and third parties read: paths, operations, parameters, schemas, responses, texts.
 * When this fails, either the code drifted from the contract or the contract must be regenerated
 * with {@code deploy/openapi.sh} (and the SPA's client with it).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest {

    @Test
    void servedDocumentEqualsTheContract() throws Exception {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode servedTree = new ObjectMapper().readTree(served);
        Path contract = Path.of("..", "openapi.yaml");
        assertTrue(Files.isRegularFile(contract), "the contract ../openapi.yaml is missing");
        JsonNode contractTree = yaml.readTree(contract.toFile());

        List<String> differences = new ArrayList<>();
        diff("", contractTree, servedTree, differences);
        if (!differences.isEmpty()) {
            Path out = Path.of("target", "openapi-served.yaml");
            Files.createDirectories(out.getParent());
            yaml.writeValue(out.toFile(), servedTree);
            fail("The served OpenAPI document differs from ../openapi.yaml in " + differences.size()
                    + " place(s) (served copy written to " + out.toAbsolutePath() + "):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(40, differences.size()))));
        }
    }

    @Test
    void everyOperationIsDocumentedForIntegrators() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                if (o.path("summary").asText().isBlank() || o.path("description").asText().isBlank()) {
                    missing.add(where + ": summary or description");
                }
                if (o.path("operationId").asText().isBlank()) {
                    missing.add(where + ": operationId");
                }
                for (String code : List.of("401", "403", "500")) {
                    if (!o.path("responses").has(code)) {
                        missing.add(where + ": response " + code);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Undocumented: " + missing);
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!actual.has(f)) {
                    out.add(at + "/" + f + ": in the contract, not served");
                } else {
                    diff(at + "/" + f, expected.get(f), actual.get(f), out);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!expected.has(f)) {
                    out.add(at + "/" + f + ": served, not in the contract");
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(at + ": " + expected.size() + " items in the contract, " + actual.size() + " served");
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                diff(at + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual) && !(expected.isNumber() && actual.isNumber()
                && expected.decimalValue().compareTo(actual.decimalValue()) == 0)) {
            out.add(at + ": contract " + abbreviate(expected) + ", served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
