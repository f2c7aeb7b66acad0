package vn.gov.cchc.calendar;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.TestUsers;

/** Working-day arithmetic over the 2026 calendar the Government decided (seeded by migration). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CalendarResourceTest {

    private static String add(String date, int days) {
        return Api.as(TestUsers.namDanOfficer()).queryParam("date", date).queryParam("days", days)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200).extract().path("result");
    }

    @Test
    void acrossTet() {
        // Friday 13/02/2026, then Tết: Saturday 14/02 to Sunday 22/02 off
        org.junit.jupiter.api.Assertions.assertEquals("2026-02-23", add("2026-02-13", 1));
        org.junit.jupiter.api.Assertions.assertEquals("2026-02-27", add("2026-02-13", 5));
        Api.as(TestUsers.namDanOfficer()).queryParam("from", "2026-02-13").queryParam("to", "2026-02-24")
                .get("/api/v1/calendar/count-working-days").then().statusCode(200)
                .body("workingDays", equalTo(2)).body("calendarMissingYears", empty());
        Api.as(TestUsers.namDanOfficer()).queryParam("date", "2026-02-17").get("/api/v1/calendar/working-day").then()
                .statusCode(200).body("working", equalTo(false)).body("entry", equalTo("HOLIDAY"))
                .body("name", equalTo("Tết Nguyên đán (mùng 1)"));
    }

    @Test
    void fifteenWorkingDaysAfterThePapiPlanWasIssued() {
        // issued Tuesday 20/01/2026: 15 working days later is Tuesday 10/02/2026
        org.junit.jupiter.api.Assertions.assertEquals("2026-02-10", add("2026-01-20", 15));
    }

    @Test
    void acrossAMakeUpSaturday() {
        // Saturday 10/01/2026 is worked in exchange for Friday 02/01/2026
        Api.as(TestUsers.namDanOfficer()).queryParam("date", "2026-01-10").get("/api/v1/calendar/working-day").then()
                .statusCode(200).body("working", equalTo(true)).body("entry", equalTo("WORKING_DAY"));
        org.junit.jupiter.api.Assertions.assertEquals("2026-01-10", add("2026-01-09", 1));
        org.junit.jupiter.api.Assertions.assertEquals("2026-01-12", add("2026-01-09", 2));
        // Thursday 01/01 holiday, Friday 02/01 off: from Wednesday 31/12/2025 the next working day is Monday 05/01/2026
        Api.as(TestUsers.namDanOfficer()).queryParam("date", "2025-12-31").queryParam("days", 1)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200)
                .body("result", equalTo("2026-01-05")).body("calendarMissingYears", contains(2025));
        // Saturday 22/08/2026 is worked in exchange for Monday 31/08/2026
        org.junit.jupiter.api.Assertions.assertEquals("2026-08-22", add("2026-08-21", 1));
        org.junit.jupiter.api.Assertions.assertEquals("2026-09-03", add("2026-08-28", 1));
    }

    @Test
    void acrossAHolidayThatFallsOnASunday() {
        // Hùng Kings' day, Sunday 26/04/2026, is taken on Monday 27/04; then 30/04 and 01/05
        org.junit.jupiter.api.Assertions.assertEquals("2026-04-28", add("2026-04-24", 1));
        org.junit.jupiter.api.Assertions.assertEquals("2026-05-04", add("2026-04-24", 3));
        org.junit.jupiter.api.Assertions.assertEquals("2026-04-24", add("2026-04-28", -1));
    }

    @Test
    void aYearWithoutDataCountsWeekendsOnlyAndSaysSo() {
        Api.as(TestUsers.namDanOfficer()).queryParam("date", "2028-12-29").queryParam("days", 2)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200)
                .body("result", equalTo("2029-01-02")).body("calendarMissingYears", contains(2028, 2029));
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/calendar/years/2028").then().statusCode(200)
                .body("known", equalTo(false)).body("days", empty());
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/calendar/years/2027").then().statusCode(200)
                .body("known", equalTo(true)).body("provisional", equalTo(true))
                .body("days.date", hasItem("2027-05-03"));
    }

    @Test
    void onlyAdministratorsMaintainTheCalendarAndDuplicatesAreRefused() {
        Map<String, Object> culture = Map.of("date", "2031-11-21", "kind", "HOLIDAY", "name", "Ngày Văn hóa Việt Nam");
        Api.as(TestUsers.hyCoordinator()).body(culture).post("/api/v1/calendar/days").then().statusCode(403);
        Api.as(TestUsers.admin()).body(culture).post("/api/v1/calendar/days").then().statusCode(201)
                .header("ETag", "\"0\"").body("weekday", equalTo(5));
        Api.as(TestUsers.admin()).body(culture).post("/api/v1/calendar/days").then().statusCode(409)
                .body("errors[0].field", equalTo("date"));
        // a weekday cannot be a make-up working day; a date must exist
        Api.as(TestUsers.admin()).body(Map.of("date", "2031-11-20", "kind", "WORKING_DAY", "name", "x"))
                .post("/api/v1/calendar/days").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.as(TestUsers.admin()).body(Map.of("date", "2031-02-30", "kind", "HOLIDAY", "name", "x"))
                .post("/api/v1/calendar/days").then().statusCode(400).body("errors[0].field", equalTo("date"));
        Api.as(TestUsers.admin()).body(Map.of("date", "2031-11-22", "kind", "FESTIVAL", "name", "x"))
                .post("/api/v1/calendar/days").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        // the year now exists; changes need If-Match
        Api.as(TestUsers.admin()).body(Map.of("kind", "HOLIDAY", "name", "Ngày Văn hóa"))
                .put("/api/v1/calendar/days/2031-11-21").then().statusCode(428);
        Api.as(TestUsers.admin()).header("If-Match", "\"0\"").body(Map.of("kind", "HOLIDAY", "name", "Ngày Văn hóa"))
                .put("/api/v1/calendar/days/2031-11-21").then().statusCode(200).body("name", equalTo("Ngày Văn hóa"));
        Api.as(TestUsers.namDanOfficer()).queryParam("date", "2031-11-20").queryParam("days", 1)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200)
                .body("result", equalTo("2031-11-24")).body("calendarMissingYears", empty());
        Api.as(TestUsers.admin()).delete("/api/v1/calendar/days/2031-11-21").then().statusCode(204);
        Api.as(TestUsers.admin()).delete("/api/v1/calendar/days/2031-11-21").then().statusCode(404);
        Api.as(TestUsers.namDanOfficer()).queryParam("date", "nay mai").get("/api/v1/calendar/working-day").then()
                .statusCode(400).body("errors[0].field", equalTo("date"));
        Api.anonymous().get("/api/v1/calendar/years").then().statusCode(401);
    }

    /** Defect 10: a date of year 0 made a year nobody could view or remove; dates are now 2000–2100, and an empty year can go. */
    @Test
    void datesOutsideTheCalendarsYearsAreRefusedAndAnEmptyYearIsRemoved() {
        for (String date : List.of("0000-01-01", "1999-12-31", "2101-01-01", "9999-12-31")) {
            Api.as(TestUsers.admin()).body(Map.of("date", date, "kind", "HOLIDAY", "name", "Ngày lạ"))
                    .post("/api/v1/calendar/days").then().statusCode(400).body("errors[0].field", equalTo("date"));
        }
        Api.as(TestUsers.admin()).get("/api/v1/calendar/years").then().statusCode(200)
                .body("year", everyItem(allOf(greaterThanOrEqualTo(2000), lessThanOrEqualTo(2100))));
        Api.as(TestUsers.admin()).body(Map.of("date", "2100-12-31", "kind", "HOLIDAY", "name", "Ngày cuối"))
                .post("/api/v1/calendar/days").then().statusCode(201);
        // a year with entries stays; once they are removed, the year can be removed, by an administrator only
        Api.as(TestUsers.admin()).delete("/api/v1/calendar/years/2100").then().statusCode(409)
                .body("errors[0].field", equalTo("year"));
        Api.as(TestUsers.admin()).delete("/api/v1/calendar/days/2100-12-31").then().statusCode(204);
        Api.as(TestUsers.hyCoordinator()).delete("/api/v1/calendar/years/2100").then().statusCode(403);
        Api.as(TestUsers.admin()).delete("/api/v1/calendar/years/2100").then().statusCode(204);
        Api.as(TestUsers.admin()).get("/api/v1/calendar/years").then().statusCode(200).body("year", not(hasItem(2100)));
        Api.as(TestUsers.admin()).get("/api/v1/calendar/years/2100").then().statusCode(200).body("known", equalTo(false));
        Api.as(TestUsers.admin()).delete("/api/v1/calendar/years/2100").then().statusCode(404);
    }
}
