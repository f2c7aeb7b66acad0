package vn.gov.cchc.security;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Schedules;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * A body field that names another object is checked like a path: a schedule's receiver must be the
 * coordinating unit of the plan's own province or the issuer itself (400 otherwise, the field
 * named), and a schedule the caller cannot see answers 404.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CrossProvinceReferenceTest {

    static final String VIETTRI_LEADER = TestUsers.token("viettri.leader", "PT-VIETTRI", "leader");

    static Map<String, Object> schedule(Long receiver) {
        Map<String, Object> s = Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10);
        s.put("receivingUnitId", receiver);
        return s;
    }

    @Test
    void aProvinceCannotRouteItsReportsToAnotherProvince() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", Plans.unique("Kế hoạch định tuyến báo cáo"));
        Api.as(pt).body(schedule(Plans.unitId("HY-SNV"))).post("/api/v1/plans/{id}/report-schedules", plan).then()
                .statusCode(400).body("errors[0].field", equalTo("receivingUnitId"));
        Api.as(pt).body(schedule(Plans.unitId("TQ-NAMDAN"))).post("/api/v1/plans/{id}/report-schedules", plan).then()
                .statusCode(400).body("errors[0].field", equalTo("receivingUnitId"));
        // a ward of the province is not a receiver either: it is neither Sở Nội vụ nor the issuer
        Api.as(pt).body(schedule(Plans.unitId("PT-VIETTRI"))).post("/api/v1/plans/{id}/report-schedules", plan).then()
                .statusCode(400).body("errors[0].field", equalTo("receivingUnitId"));
        // the province's own Sở Nội vụ and the issuer itself are
        long own = Api.as(pt).body(schedule(Plans.unitId("PT-SNV"))).post("/api/v1/plans/{id}/report-schedules", plan)
                .then().statusCode(201).body("receivingUnit.code", equalTo("PT-SNV")).extract().jsonPath().getLong("id");
        Api.as(pt).body(schedule(Plans.unitId("PT"))).post("/api/v1/plans/{id}/report-schedules", plan).then()
                .statusCode(201).body("receivingUnit.code", equalTo("PT"));
        // nor can an existing schedule be re-routed
        Api.as(pt).header("If-Match", "\"0\"").body(schedule(Plans.unitId("HY-SNV")))
                .put("/api/v1/report-schedules/{id}", own).then().statusCode(400)
                .body("errors[0].field", equalTo("receivingUnitId"));
        Api.as(pt).get("/api/v1/report-schedules/{id}", own).then().statusCode(200)
                .body("receivingUnit.code", equalTo("PT-SNV"));
    }

    @Test
    void aWardCannotRouteItsOwnPlansReportsToACommuneOfAnotherProvince() {
        long plan = Tasks.draftPlan(VIETTRI_LEADER, "PT-VIETTRI", Plans.unique("Kế hoạch của phường"));
        Api.as(VIETTRI_LEADER).body(schedule(Plans.unitId("TQ-NAMDAN")))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("receivingUnitId"));
        Api.as(VIETTRI_LEADER).body(schedule(Plans.unitId("PT-NONGTRANG")))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("receivingUnitId"));
        Api.as(VIETTRI_LEADER).body(schedule(Plans.unitId("PT-VIETTRI")))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201)
                .body("receivingUnit.code", equalTo("PT-VIETTRI"));
        Api.as(VIETTRI_LEADER).body(schedule(Plans.unitId("PT-SNV")))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201);
    }

    @Test
    void aScheduleOfAnotherProvinceAnswers404InABodyAsInAPath() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", Plans.unique("Kế hoạch có lịch báo cáo"));
        long schedule = Api.as(pt).body(schedule(null)).post("/api/v1/plans/{id}/report-schedules", plan).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(pt).body(Plans.issue((System.nanoTime() % 90000 + 1000) + "/KH-UBND", "2026-03-02"))
                .post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/report-schedules/{id}", schedule).then().statusCode(404);
        Api.as(TestUsers.namDanOfficer()).body(Map.of("scheduleId", schedule, "periodKey", "2026-Q1"))
                .post("/api/v1/reports").then().statusCode(404).body("errors[0].field", equalTo("scheduleId"));
    }
}
