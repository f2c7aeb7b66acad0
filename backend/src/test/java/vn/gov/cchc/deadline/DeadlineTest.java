package vn.gov.cchc.deadline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Schedules;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * A Phú Thọ plan issued on Monday 02/03/2026 with a quarterly report schedule, a task for Sở Văn hóa,
 * Thể thao và Du lịch in quarters II and III, and a monthly task for every commune.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeadlineTest {

    @Inject
    TimeService time;

    @AfterEach
    void realClock() {
        time.fixToday(null);
    }

    static long issuedPlan(String number) {
        String pt = TestUsers.ptCoordinator();
        long plan = Tasks.draftPlan(pt, "PT", "Kế hoạch có hạn");
        Api.as(pt).body(Tasks.task("I", "Hướng dẫn tuyên truyền", List.of(Tasks.unit(Plans.unitId("PT-SVHTTDL"))),
                "Quý II, III năm 2026")).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        Api.as(pt).body(Tasks.task("I", "Phát thanh trên loa", List.of(Tasks.group("COMMUNES")), "Định kỳ hàng tháng"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        Api.as(pt).body(Tasks.task("II", "Tổng hợp, báo cáo", List.of(Tasks.unit(Plans.unitId("PT-SNV"))), "Thường xuyên"))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        Api.as(pt).body(Schedules.schedule("QUARTER", "DAY_OF_LAST_MONTH", 10))
                .post("/api/v1/plans/{id}/report-schedules", plan).then().statusCode(201);
        Api.as(pt).body(Plans.issue(number, "2026-03-02")).post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        return plan;
    }

    private static JsonPath deadlines(String token, Object... params) {
        var spec = Api.as(token).queryParam("size", 100);
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam((String) params[i], params[i + 1]);
        }
        return spec.get("/api/v1/deadlines").then().statusCode(200).extract().jsonPath();
    }

    @Inject
    ReminderService reminders;

    /**
     * Defect 11: after a plan is closed, what it still expected of the units is cancelled, not overdue:
     * left out of the list, the month, the state filters, the export, the calendar feed and the reminders,
     * and shown only with state=CANCELLED; what was met before it closed stays in the history.
     */
    @Test
    void aClosedPlansOpenObligationsAreCancelledNotOverdue() {
        long plan = issuedPlan("808/KH-UBND");
        long culture = Plans.unitId("PT-SVHTTDL");
        String pt = TestUsers.ptCoordinator();
        String officer = TestUsers.ptCultureOfficer();
        LocalDate today = LocalDate.of(2026, 7, 1);
        time.fixToday(today);
        JsonPath open = deadlines(officer, "planId", plan, "unitId", culture, "subtree", false);
        org.junit.jupiter.api.Assertions.assertEquals(7, open.getInt("total"));
        org.junit.jupiter.api.Assertions.assertEquals("OVERDUE",
                open.getString("items.find { it.kind == 'REPORT' && it.period.key == '2026-Q1' }.state"));
        long done = open.getLong("items.find { it.kind == 'TASK' && it.dueOn == '2026-06-30' }.id");
        Api.as(officer).body(Map.of("output", "Đã tuyên truyền", "completedOn", "2026-06-29"))
                .post("/api/v1/deadlines/{id}/complete", done).then().statusCode(200);

        Api.as(pt).post("/api/v1/plans/{id}/close", plan).then().statusCode(200);

        // by default only what was met is listed, for the unit and for the province
        JsonPath after = deadlines(officer, "planId", plan, "unitId", culture, "subtree", false);
        org.junit.jupiter.api.Assertions.assertEquals(1, after.getInt("total"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(done), after.getList("items.id", Long.class));
        org.junit.jupiter.api.Assertions.assertEquals("MET_ON_TIME", after.getString("items[0].state"));
        JsonPath province = deadlines(pt, "planId", plan);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("MET_ON_TIME"), province.getList("items.state"));
        // no state filter finds them overdue, due soon or open
        for (String state : List.of("OVERDUE", "DUE_SOON", "OPEN")) {
            Api.as(pt).queryParam("planId", plan).queryParam("state", state).get("/api/v1/deadlines").then()
                    .statusCode(200).body("total", equalTo(0));
        }
        // the month grid (a month's due dates) shows none of them
        Api.as(pt).queryParam("planId", plan).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/deadlines").then().statusCode(200).body("total", equalTo(0));
        // asked for, they are there: cancelled, with no working days counted and nothing to mark done
        JsonPath cancelled = deadlines(officer, "planId", plan, "unitId", culture, "subtree", false, "state", "CANCELLED");
        org.junit.jupiter.api.Assertions.assertEquals(6, cancelled.getInt("total"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("CANCELLED"),
                cancelled.getList("items.state").stream().distinct().toList());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Collections.nCopies(6, null),
                cancelled.getList("items.workingDaysLeft"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Collections.nCopies(6, false),
                cancelled.getList("items.canComplete"));
        long q1 = cancelled.getLong("items.find { it.kind == 'REPORT' && it.period.key == '2026-Q1' }.id");
        Api.as(officer).get("/api/v1/deadlines/{id}", q1).then().statusCode(200).body("state", equalTo("CANCELLED"));
        // the calendar feed keeps the met task and drops the cancelled ones
        String url = Api.as(pt).post("/api/v1/me/calendar-feed").then().statusCode(200).extract().path("urlTemplate");
        String ics = io.restassured.RestAssured.given().urlEncodingEnabled(false)
                .get(url.replaceFirst("^https?://[^/]+", "").replace("{unitId}", String.valueOf(culture)))
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("UID:deadline-" + done + "@"), ics);
        org.junit.jupiter.api.Assertions.assertFalse(ics.contains("UID:deadline-" + q1 + "@"), ics);
        // and nobody is reminded of them
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), reminders.prepare(today).stream()
                .filter(c -> c.deadline().plan.id == plan).toList());
    }

    @Test
    void issuingDerivesEveryUnitsDeadlines() {
        long plan = issuedPlan("801/KH-UBND");
        long culture = Plans.unitId("PT-SVHTTDL");
        // the department: implementing plan 15 working days after 02/03/2026, four quarterly reports, two task dates
        JsonPath d = deadlines(TestUsers.ptCoordinator(), "planId", plan, "unitId", culture, "subtree", false);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("IMPLEMENTING_PLAN", "REPORT", "REPORT", "REPORT", "REPORT",
                "TASK", "TASK"), d.getList("items.kind").stream().sorted().toList());
        org.junit.jupiter.api.Assertions.assertEquals("2026-03-23",
                d.getString("items.find { it.kind == 'IMPLEMENTING_PLAN' }.dueOn"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("2026-03-10", "2026-06-10", "2026-09-10", "2026-12-10"),
                d.getList("items.findAll { it.kind == 'REPORT' }.dueOn"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("2026-06-30", "2026-09-30"),
                d.getList("items.findAll { it.kind == 'TASK' }.dueOn"));
        org.junit.jupiter.api.Assertions.assertEquals("Quý II/2026",
                d.getString("items.findAll { it.kind == 'TASK' }[0].period.label"));
        // a commune: its implementing plan, its reports, a task date at the end of every month from the plan's
        // issue on: January's (31/01) and February's (28/02) fell due before it was signed on 02/03/2026
        JsonPath c = deadlines(TestUsers.ptCoordinator(), "planId", plan, "unitId", Plans.unitId("PT-VIETTRI"));
        org.junit.jupiter.api.Assertions.assertEquals(10, c.getList("items.findAll { it.kind == 'TASK' }").size());
        org.junit.jupiter.api.Assertions.assertEquals("2026-03-31", c.getString("items.findAll { it.kind == 'TASK' }[0].dueOn"));
        org.junit.jupiter.api.Assertions.assertEquals("2026-04-30", c.getString("items.findAll { it.kind == 'TASK' }[1].dueOn"));
        org.junit.jupiter.api.Assertions.assertEquals("2026-12-31", c.getString("items.findAll { it.kind == 'TASK' }[9].dueOn"));
        org.junit.jupiter.api.Assertions.assertEquals(4, c.getList("items.findAll { it.kind == 'REPORT' }").size());
        // Sở Nội vụ receives the reports: it owes none, but it issues its implementing plan
        JsonPath snv = deadlines(TestUsers.ptCoordinator(), "planId", plan, "unitId", Plans.unitId("PT-SNV"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("IMPLEMENTING_PLAN"), snv.getList("items.kind"));
        // 31/05/2026 is a Sunday: the deadline says so; 31/03/2026 is a Tuesday
        org.junit.jupiter.api.Assertions.assertEquals(false,
                c.getBoolean("items.find { it.kind == 'TASK' && it.dueOn == '2026-05-31' }.dueOnWorkingDay"));
        org.junit.jupiter.api.Assertions.assertEquals(true,
                c.getBoolean("items.find { it.kind == 'TASK' && it.dueOn == '2026-03-31' }.dueOnWorkingDay"));
    }

    @Test
    void statesBeforeOnAndAfterTheDueDay() {
        long plan = issuedPlan("802/KH-UBND");
        long culture = Plans.unitId("PT-SVHTTDL");
        String q1 = "items.find { it.kind == 'REPORT' && it.period.key == '2026-Q1' }";
        time.fixToday(LocalDate.of(2026, 3, 4)); // Wednesday: 4 working days before Tuesday 10/03
        JsonPath d = deadlines(TestUsers.ptCultureOfficer(), "planId", plan, "unitId", culture);
        org.junit.jupiter.api.Assertions.assertEquals("OPEN", d.getString(q1 + ".state"));
        org.junit.jupiter.api.Assertions.assertEquals(4, d.getInt(q1 + ".workingDaysLeft"));
        time.fixToday(LocalDate.of(2026, 3, 5)); // three working days before: due soon
        d = deadlines(TestUsers.ptCultureOfficer(), "planId", plan, "unitId", culture);
        org.junit.jupiter.api.Assertions.assertEquals("DUE_SOON", d.getString(q1 + ".state"));
        org.junit.jupiter.api.Assertions.assertEquals(3, d.getInt(q1 + ".workingDaysLeft"));
        time.fixToday(LocalDate.of(2026, 3, 10)); // the due day
        d = deadlines(TestUsers.ptCultureOfficer(), "planId", plan, "unitId", culture);
        org.junit.jupiter.api.Assertions.assertEquals("DUE_SOON", d.getString(q1 + ".state"));
        org.junit.jupiter.api.Assertions.assertEquals(0, d.getInt(q1 + ".workingDaysLeft"));
        time.fixToday(LocalDate.of(2026, 3, 11)); // the day after
        d = deadlines(TestUsers.ptCultureOfficer(), "planId", plan, "unitId", culture);
        org.junit.jupiter.api.Assertions.assertEquals("OVERDUE", d.getString(q1 + ".state"));
        org.junit.jupiter.api.Assertions.assertEquals(-1, d.getInt(q1 + ".workingDaysLeft"));
        // the state filter agrees with the states shown
        Api.as(TestUsers.ptCultureOfficer()).queryParam("planId", plan).queryParam("state", "OVERDUE")
                .get("/api/v1/deadlines").then().statusCode(200)
                .body("items.dueOn", contains("2026-03-10"))
                .body("items.state", everyItem(equalTo("OVERDUE")));
        Api.as(TestUsers.ptCultureOfficer()).queryParam("planId", plan).queryParam("state", "DUE_SOON")
                .get("/api/v1/deadlines").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void implementingPlansMeetTheirDeadlineOnTimeOrLate() {
        long plan = issuedPlan("803/KH-UBND");
        long culture = Plans.unitId("PT-SVHTTDL");
        long vietTri = Plans.unitId("PT-VIETTRI");
        long cultureChild = Api.as(TestUsers.ptCultureOfficer()).body(Map.of("issuingUnitId", culture))
                .post("/api/v1/plans/{id}/implementing-plans", plan).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(TestUsers.token("pt.vhttdl.leader", "PT-SVHTTDL", "leader")).body(Plans.issue("11/KH-SVHTTDL", "2026-03-20"))
                .post("/api/v1/plans/{id}/issue", cultureChild).then().statusCode(200);
        long communeChild = Api.as(TestUsers.token("viettri.officer", "PT-VIETTRI", "officer"))
                .body(Map.of("issuingUnitId", vietTri)).post("/api/v1/plans/{id}/implementing-plans", plan).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(TestUsers.token("viettri.leader", "PT-VIETTRI", "leader")).body(Plans.issue("5/KH-UBND", "2026-03-25"))
                .post("/api/v1/plans/{id}/issue", communeChild).then().statusCode(200);
        // the department, Sở Nội vụ and every one of the province's 148 communes owe an implementing plan
        Api.as(TestUsers.ptCoordinator()).queryParam("planId", plan).queryParam("kind", "IMPLEMENTING_PLAN")
                .get("/api/v1/deadlines").then().statusCode(200).body("total", equalTo(2 + 148));
        JsonPath culturePlan = deadlines(TestUsers.ptCoordinator(), "planId", plan, "kind", "IMPLEMENTING_PLAN", "unitId", culture);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("MET_ON_TIME"), culturePlan.getList("items.state"));
        org.junit.jupiter.api.Assertions.assertEquals("2026-03-20", culturePlan.getString("items[0].metOn"));
        org.junit.jupiter.api.Assertions.assertEquals("plan:" + cultureChild, culturePlan.getString("items[0].metRef"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("MET_LATE"), deadlines(TestUsers.ptCoordinator(), "planId", plan,
                "kind", "IMPLEMENTING_PLAN", "unitId", vietTri).getList("items.state"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Collections.singletonList(null), deadlines(TestUsers.ptCoordinator(),
                "planId", plan, "kind", "IMPLEMENTING_PLAN", "unitId", Plans.unitId("PT-NONGTRANG")).getList("items.metOn"));
        // the spreadsheet of the same table
        Api.as(TestUsers.ptCoordinator()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("planId", plan).queryParam("kind", "IMPLEMENTING_PLAN").get("/api/v1/deadlines/export").then()
                .statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aUnitMarksItsTaskDoneWithItsOutput() {
        long plan = issuedPlan("804/KH-UBND");
        String officer = TestUsers.token("viettri.officer", "PT-VIETTRI", "officer");
        time.fixToday(LocalDate.of(2026, 4, 6));
        JsonPath mine = deadlines(officer, "planId", plan, "kind", "TASK");
        long march = mine.getLong("items.find { it.period.key == 'M03-2026' }.id");
        long april = mine.getLong("items.find { it.period.key == 'M04-2026' }.id");
        org.junit.jupiter.api.Assertions.assertEquals(true, mine.getBoolean("items.find { it.id == " + april + " }.canComplete"));
        Api.as(officer).body(Map.of("output", "Đã phát 20 lượt trên loa truyền thanh")).post("/api/v1/deadlines/{id}/complete", april)
                .then().statusCode(200).body("state", equalTo("MET_ON_TIME")).body("metOn", equalTo("2026-04-06"))
                .body("output", equalTo("Đã phát 20 lượt trên loa truyền thanh")).body("workingDaysLeft", nullValue());
        Api.as(officer).body(Map.of("output", "Đã phát", "completedOn", "2026-04-02")).post("/api/v1/deadlines/{id}/complete", march)
                .then().statusCode(200).body("state", equalTo("MET_LATE"));
        Api.as(officer).body(Map.of("output", "lần nữa")).post("/api/v1/deadlines/{id}/complete", april).then().statusCode(409);
        long may = mine.getLong("items.find { it.period.key == 'M05-2026' }.id");
        Api.as(officer).body(Map.of("output", "x", "completedOn", "2026-04-07")).post("/api/v1/deadlines/{id}/complete", may)
                .then().statusCode(400).body("errors[0].field", equalTo("completedOn"));
        Api.as(officer).body(Map.of("output", " ")).post("/api/v1/deadlines/{id}/complete", may).then().statusCode(400)
                .body("errors[0].field", equalTo("output"));
        long report = deadlines(officer, "planId", plan, "kind", "REPORT").getLong("items[0].id");
        Api.as(officer).body(Map.of("output", "x")).post("/api/v1/deadlines/{id}/complete", report).then().statusCode(409);
        // another commune's deadline is out of scope; a viewer may not act
        Api.as(TestUsers.token("nongtrang.officer", "PT-NONGTRANG", "officer")).body(Map.of("output", "x"))
                .post("/api/v1/deadlines/{id}/complete", may).then().statusCode(404);
        Api.as(TestUsers.hyViewer()).body(Map.of("output", "x")).post("/api/v1/deadlines/{id}/complete", may).then()
                .statusCode(403);
    }

    @Test
    void eachUnitSeesItsOwnDeadlinesAndNothingElse() {
        long plan = issuedPlan("805/KH-UBND");
        JsonPath viettri = deadlines(TestUsers.token("viettri.officer", "PT-VIETTRI", "officer"), "planId", plan);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("PT-VIETTRI"), viettri.getList("items.unit.code").stream().distinct().toList());
        long other = deadlines(TestUsers.ptCoordinator(), "planId", plan, "unitId", Plans.unitId("PT-NONGTRANG"))
                .getLong("items[0].id");
        Api.as(TestUsers.token("viettri.officer", "PT-VIETTRI", "officer")).get("/api/v1/deadlines/{id}", other).then()
                .statusCode(404);
        Api.as(TestUsers.namDanOfficer()).queryParam("planId", plan).get("/api/v1/deadlines").then().statusCode(200)
                .body("total", equalTo(0));
        Api.as(TestUsers.namDanOfficer()).queryParam("unitId", Plans.unitId("PT-VIETTRI")).get("/api/v1/deadlines")
                .then().statusCode(404);
        // the coordinator sees the whole province by default: the department's 7, Sở Nội vụ's implementing plan, and
        // for each of the 148 communes its implementing plan, 4 quarterly reports and 10 monthly broadcasts (March on)
        JsonPath all = deadlines(TestUsers.ptCoordinator(), "planId", plan);
        org.junit.jupiter.api.Assertions.assertEquals(7 + 1 + 148 * 15, all.getInt("total"));
        for (String unit : List.of("PT-SVHTTDL", "PT-VIETTRI", "PT-NONGTRANG", "PT-VINHYEN", "PT-SNV")) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    deadlines(TestUsers.ptCoordinator(), "planId", plan, "unitId", Plans.unitId(unit)).getInt("total") > 0, unit);
        }
        Api.as(TestUsers.integration()).get("/api/v1/deadlines").then().statusCode(403);
        Api.anonymous().get("/api/v1/deadlines").then().statusCode(401);
        Api.as(TestUsers.ptCoordinator()).queryParam("from", "01/03/2026").get("/api/v1/deadlines").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void aNewCommuneGetsTheGroupsDeadlinesAndAChangedHolidayMovesDueDates() {
        long plan = issuedPlan("806/KH-UBND");
        // an administrator adds a holiday on Monday 09/03/2026: the implementing-plan date moves a working day later
        Api.as(TestUsers.admin()).body(Map.of("date", "2026-03-09", "kind", "HOLIDAY", "name", "Ngày nghỉ thử nghiệm"))
                .post("/api/v1/calendar/days").then().statusCode(201);
        try {
            Api.as(TestUsers.ptCoordinator()).queryParam("planId", plan).queryParam("kind", "IMPLEMENTING_PLAN")
                    .queryParam("unitId", Plans.unitId("PT-SVHTTDL")).get("/api/v1/deadlines").then().statusCode(200)
                    .body("items[0].dueOn", equalTo("2026-03-24"));
        } finally {
            Api.as(TestUsers.admin()).delete("/api/v1/calendar/days/2026-03-09").then().statusCode(204);
        }
        Api.as(TestUsers.ptCoordinator()).queryParam("planId", plan).queryParam("kind", "IMPLEMENTING_PLAN")
                .queryParam("unitId", Plans.unitId("PT-SVHTTDL")).get("/api/v1/deadlines").then().statusCode(200)
                .body("items[0].dueOn", equalTo("2026-03-23"));
        // four quarterly reports for the department and for each of the 148 communes, the named and the national ones
        Api.as(TestUsers.ptCoordinator()).queryParam("planId", plan).queryParam("kind", "REPORT").get("/api/v1/deadlines")
                .then().statusCode(200).body("total", equalTo(4 * (1 + 148)));
        Api.as(TestUsers.ptCoordinator()).queryParam("planId", plan).queryParam("kind", "REPORT").queryParam("size", 100)
                .queryParam("unitId", Plans.unitId("VN-04792")).get("/api/v1/deadlines").then().statusCode(200)
                .body("items.unit.name.unique()", containsInAnyOrder("Phường Tân Hòa"))
                .body("items.period.key", containsInAnyOrder("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"));
    }
}
