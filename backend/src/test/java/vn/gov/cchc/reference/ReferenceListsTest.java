package vn.gov.cchc.reference;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.UnitKind;

/** The reference lists as every role reads them, in Vietnamese or English, and the check of codes other features use. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReferenceListsTest {

    @Inject
    ReferenceService references;

    private static JsonPath lists(String token, String language) {
        var request = Api.as(token);
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return request.get("/api/v1/reference-lists").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everySignedInRoleReadsTheListsAndNobodyElse() {
        for (String token : List.of(TestUsers.admin(), TestUsers.ptCoordinator(), TestUsers.namDanLeader(),
                TestUsers.namDanOfficer(), TestUsers.hyViewer(), TestUsers.integration())) {
            Api.as(token).get("/api/v1/reference-lists").then().statusCode(200).body("cchcAreas", hasSize(6));
        }
        Api.anonymous().get("/api/v1/reference-lists").then().statusCode(401);
    }

    @Test
    void theListsHoldTheirCodesInOrderWithVietnameseLabelsByDefault() {
        Api.as(TestUsers.hyViewer()).get("/api/v1/reference-lists").then().statusCode(200)
                .body("cchcAreas.code", contains("INSTITUTIONS", "PROCEDURES", "ORGANISATION", "CIVIL_SERVICE",
                        "PUBLIC_FINANCE", "DIGITAL_GOVERNMENT"))
                .body("cchcAreas[1].label", equalTo("Cải cách thủ tục hành chính"))
                .body("cchcAreas[1].labelVi", equalTo("Cải cách thủ tục hành chính"))
                .body("cchcAreas[1].labelEn", equalTo("Administrative procedures (one-stop shop)"))
                .body("cchcAreas.measure", everyItem(nullValue()))
                .body("indices.code", contains("PAR_INDEX", "SIPAS", "PAPI", "PCI"))
                .body("papiDimensions", hasSize(8))
                .body("papiDimensions[0].code", equalTo("PARTICIPATION"))
                .body("communicationForms", hasSize(10))
                .body("audiences.code", contains("CADRES", "CIVIL_SERVANTS", "BUSINESSES", "CITIZENS"))
                .body("metrics", hasSize(8))
                .body("metrics.find { it.code == 'DIALOGUES' }.label", equalTo("Cuộc đối thoại"))
                .body("metrics.find { it.code == 'DIALOGUES' }.measure", equalTo("cuộc"));
    }

    @Test
    void inEnglishTheLabelAndMeasureAreEnglish() {
        JsonPath en = lists(TestUsers.integration(), "en-GB,en;q=0.9");
        assertEquals("Administrative procedures (one-stop shop)", en.getString("cchcAreas[1].label"));
        assertEquals("Cải cách thủ tục hành chính", en.getString("cchcAreas[1].labelVi"));
        assertEquals("dialogues", en.getString("metrics.find { it.code == 'DIALOGUES' }.measure"));
        assertEquals("Dialogues held", en.getString("metrics.find { it.code == 'DIALOGUES' }.label"));
        // an unknown language is Vietnamese
        assertEquals("Cải cách thủ tục hành chính", lists(TestUsers.integration(), "fr").getString("cchcAreas[1].label"));
    }

    @Test
    void theEnumListsHaveEveryValueOfTheContractLabelledInBothLanguages() {
        JsonPath vi = lists(TestUsers.admin(), "vi");
        JsonPath en = lists(TestUsers.admin(), "en");
        check(vi, en, "unitKinds", "UnitKind", UnitKind.values());
        check(vi, en, "unitGroups", "UnitGroup", UnitGroup.values());
        check(vi, en, "timeframeKinds", "TimeframeKind", TimeframeKind.values());
        Api.as(TestUsers.admin()).get("/api/v1/reference-lists").then()
                .body("unitKinds.label", everyItem(not(startsWith("enum."))))
                .body("unitKinds.measure", everyItem(nullValue()));
    }

    private static void check(JsonPath vi, JsonPath en, String list, String type, Enum<?>[] values) {
        List<String> codes = Arrays.stream(values).map(Enum::name).toList();
        assertEquals(codes, vi.getList(list + ".code"), list);
        List<String> viLabels = vi.getList(list + ".label");
        List<String> enLabels = en.getList(list + ".label");
        for (int i = 0; i < codes.size(); i++) {
            String missing = "enum." + type + "." + codes.get(i); // what a missing message key shows
            assertNotBlankOrKey(viLabels.get(i), missing);
            assertNotBlankOrKey(enLabels.get(i), missing);
            assertEquals(viLabels.get(i), en.getString(list + "[" + i + "].labelVi"));
            assertEquals(enLabels.get(i), vi.getString(list + "[" + i + "].labelEn"));
        }
    }

    private static void assertNotBlankOrKey(String label, String key) {
        if (label == null || label.isBlank() || label.equals(key)) {
            throw new AssertionError("no label for " + key + ": " + label);
        }
    }

    @Test
    void requireCodesAcceptsKnownCodesAndNamesTheFirstUnknownOne() {
        references.requireCodes(RefList.CCHC_AREA, List.of("PROCEDURES", "DIGITAL_GOVERNMENT"), "areas");
        references.requireCodes(RefList.CCHC_AREA, null, "areas");
        references.requireCodes(RefList.AUDIENCE, List.of(), "audiences");

        ProblemException unknown = assertThrows(ProblemException.class, () -> references
                .requireCodes(RefList.CCHC_AREA, List.of("PROCEDURES", "GARDENING", "ALSO_WRONG"), "areas"));
        assertEquals(ProblemType.VALIDATION, unknown.type());
        assertEquals("areas[1]", unknown.violations().get(0).field());
        // a code of another list is not a code of this one
        ProblemException otherList = assertThrows(ProblemException.class,
                () -> references.requireCodes(RefList.METRIC, List.of("PROCEDURES"), "target.metric"));
        assertEquals("target.metric[0]", otherList.violations().get(0).field());
        ProblemException nullCode = assertThrows(ProblemException.class,
                () -> references.requireCodes(RefList.AUDIENCE, Arrays.asList("CITIZENS", null), "audiences"));
        assertEquals("audiences[1]", nullCode.violations().get(0).field());
    }

    @Test
    void itemsAreReadOnceInPositionOrder() {
        List<ReferenceService.Item> metrics = references.items(RefList.METRIC);
        assertSame(metrics, references.items(RefList.METRIC));
        assertEquals("ARTICLES", metrics.get(0).code());
        assertEquals("PORTAL_VISITS", metrics.get(7).code());
        assertEquals("tin, bài", metrics.get(0).measureVi());
        assertEquals(java.util.Set.of("CADRES", "CIVIL_SERVANTS", "BUSINESSES", "CITIZENS"),
                references.codes(RefList.AUDIENCE));
    }
}
