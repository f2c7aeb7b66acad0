package vn.gov.cchc.deadline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Schedules;
import vn.gov.cchc.support.SeedPlans;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/** Report schedules: both styles the seeds state, for every period of 2026, and the awkward cases. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReportScheduleTest {

    @Test
    void phuThoBeforeTheTenthOfEachQuartersLastMonth() {
        Api.as(TestUsers.ptCoordinator()).get("/api/v1/plans/{id}/report-schedules", Plans.planId(SeedPlans.PT_COMM))
                .then().statusCode(200)
                .body("[0].periodType", equalTo("QUARTER"))
                .body("[0].receivingUnit.code", equalTo("PT-SNV"))
                .body("[0].occurrences.label", contains("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"))
                .body("[0].occurrences.dueOn", contains("2026-03-10", "2026-06-10", "2026-09-10", "2026-12-10"))
                .body("[0].occurrences.start", contains("2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"))
                .body("[0].occurrences.end", contains("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"))
                .body("[0].occurrences.dueOnWorkingDay", contains(true, true, true, true));
    }

    @Test
    void hungYenSixMonthReportByTenJulyAndAnnualReportByTenJanuary() {
        Api.as(TestUsers.hyCoordinator()).get("/api/v1/plans/{id}/report-schedules", Plans.planId(SeedPlans.HY_PAPI))
                .then().statusCode(200)
                .body("[0].occurrences.key", contains("2026-H1"))
                .body("[0].occurrences.label", contains("6 tháng đầu năm 2026"))
                .body("[0].occurrences.start", contains("2026-01-01"))
                .body("[0].occurrences.end", contains("2026-06-30"))
                .body("[0].occurrences.dueOn", contains("2026-07-10"))
                .body("[1].occurrences.label", contains("Năm 2026"))
                .body("[1].occurrences.start", contains("2026-01-01"))
                .body("[1].occurrences.end", contains("2026-12-31"))
                .body("[1].occurrences.dueOn", contains("2027-01-10"))
                // 10/01/2027 is a Sunday: shown, not moved
                .body("[1].occurrences.dueOnWorkingDay", contains(false));
    }

    @Test
    void aDayTheMonthDoesNotHaveMeansItsLastDayAndSaysSo() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch báo cáo ngày 31");
        Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 31)).post("/api/v1/plans/{id}/report-schedules", plan)
                .then().statusCode(201)
                .body("occurrences.dueOn", contains("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"))
                .body("occurrences.dueNote", contains(nullValue(), startsWith("Tháng 6/2026 không có ngày 31"),
                        startsWith("Tháng 9/2026 không có ngày 31"), nullValue()));
    }

    @Test
    void decree09CutOffAndWorkingDaysAfterThePeriod() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch chốt số liệu");
        Map<String, Object> s = Schedules.schedule("QUARTER", "WORKING_DAYS_AFTER", null);
        s.put("dueWorkingDays", 3);
        s.put("cutoff", "DECREE_09");
        s.put("periods", List.of(1));
        // Q1 figures: 15/12/2025 to 14/03/2026 (a Saturday); three working days later: Wednesday 18/03/2026
        Api.as(pt).body(s).post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201)
                .body("occurrences.start", contains("2025-12-15"))
                .body("occurrences.end", contains("2026-03-14"))
                .body("occurrences.dueOn", contains("2026-03-18"));
    }

    @Test
    void aYearWithoutCalendarDataIsComputedWithAWarning() {
        String pt = TestUsers.ptCoordinator();
        Map<String, Object> body = Plans.draft(Plans.unitId("PT"), Plans.unique("Kế hoạch năm 2028"));
        body.put("year", 2028);
        long plan = Plans.create(pt, body);
        Map<String, Object> s = Schedules.schedule("HALF_YEAR", "WORKING_DAYS_AFTER", null);
        s.put("dueWorkingDays", 5);
        Api.as(pt).body(s).post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201)
                .body("occurrences.dueOn", contains("2028-07-07", "2029-01-05"))
                .body("warnings", hasItem("Chưa có lịch nghỉ lễ năm 2028: chỉ trừ thứ Bảy, Chủ nhật."));
    }

    @Test
    void badSchedulesAreRefusedAndOnlyTheScopeMayChangeThem() {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch lịch báo cáo sai");
        Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", null)).post("/api/v1/plans/{id}/report-schedules", plan)
                .then().statusCode(400).body("errors[0].field", equalTo("dueDay"));
        Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 32)).post("/api/v1/plans/{id}/report-schedules", plan)
                .then().statusCode(400).body("errors[0].field", equalTo("dueDay"));
        Map<String, Object> fiveQuarters = Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10);
        fiveQuarters.put("periods", List.of(1, 5));
        Api.as(pt).body(fiveQuarters).post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("periods[1]"));
        Map<String, Object> fixed = Schedules.schedule("QUARTER", "FIXED_DATE", null);
        fixed.put("dueDate", "2026-12-15");
        Api.as(pt).body(fixed).post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(400)
                .body("errors[0].field", equalTo("dueRule"));
        Api.as(pt).body(Schedules.schedule("WEEK", "DAY_OF_LAST_MONTH", 10)).post("/api/v1/plans/{id}/report-schedules", plan)
                .then().statusCode(400).body("errors[0].field", equalTo("periodType"));
        long id = Api.as(pt).body(Schedules.schedule("YEAR", "DAY_OF_NEXT_MONTH", 15)).post("/api/v1/plans/{id}/report-schedules", plan)
                .then().statusCode(201).body("occurrences.dueOn", contains("2027-01-15")).extract().jsonPath().getLong("id");
        Api.as(TestUsers.ptCultureOfficer()).get("/api/v1/report-schedules/{id}", id).then().statusCode(404);
        Api.as(TestUsers.hyViewer()).body(Schedules.schedule("YEAR", "DAY_OF_NEXT_MONTH", 15))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(403);
        Api.as(pt).body(Schedules.schedule("YEAR", "DAY_OF_NEXT_MONTH", 20)).put("/api/v1/report-schedules/{id}", id).then()
                .statusCode(428);
        Api.as(pt).header("If-Match", "\"0\"").body(Schedules.schedule("YEAR", "DAY_OF_NEXT_MONTH", 20))
                .put("/api/v1/report-schedules/{id}", id).then().statusCode(200)
                .body("occurrences.dueOn", contains("2027-01-20"));
        Api.as(pt).delete("/api/v1/report-schedules/{id}", id).then().statusCode(204);
        Api.as(pt).get("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(200).body("$", empty());
    }
}
