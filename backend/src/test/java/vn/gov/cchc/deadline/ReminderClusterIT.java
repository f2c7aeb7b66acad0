package vn.gov.cchc.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.GreenMailResource;
import vn.gov.cchc.support.KeycloakDirectory;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * Two instances of the packaged application against one database, both running the reminder job
 * every three seconds: Quartz's clustered store fires each run on one of them, and the notices are
 * claimed in the database, so each person of the unit gets one e-mail, not two.
 */
@QuarkusIntegrationTest
@TestProfile(ReminderClusterIT.EveryThreeSeconds.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailResource.class)
class ReminderClusterIT {

    static final String CRON = "0/3 * * * * ?";

    public static class EveryThreeSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cchc.reminders.cron", CRON);
        }
    }

    @Test
    void twoInstancesSendEachReminderOnce() throws Exception {
        KeycloakDirectory.assumeRunning();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String tomorrow = Api.as(TestUsers.tqCoordinator()).queryParam("date", today.toString()).queryParam("days", 1)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200).extract().path("result");
        LocalDate due = LocalDate.parse(tomorrow);
        String tq = TestUsers.tqCoordinator();
        Map<String, Object> body = Plans.draft(Plans.unitId("TQ"), Plans.unique("Kế hoạch hai máy chủ"));
        body.put("year", due.getYear());
        body.put("implementingPlanDays", 0);
        long plan = Plans.create(tq, body);
        Api.as(tq).body(Tasks.task(null, "Báo cáo nhanh kết quả đối thoại", List.of(Tasks.unit(Plans.unitId("TQ-NAMDAN"))),
                "Trước ngày " + due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201);
        Api.as(tq).body(Plans.issue("902/KH-UBND", today.toString())).post("/api/v1/plans/{id}/issue", plan).then()
                .statusCode(200);

        Process second = startSecondInstance();
        try {
            long until = System.currentTimeMillis() + 60_000;
            while (ReminderTest_recipients().size() < 2 && System.currentTimeMillis() < until) {
                Thread.sleep(500);
            }
            // let both instances fire several more times
            Thread.sleep(15_000);
            assertEquals(ReminderTest.NAM_DAN, ReminderTest_recipients());
            assertEquals(2, schedulerInstances(), "two instances in Quartz's cluster");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static List<String> ReminderTest_recipients() throws Exception {
        List<String> out = new ArrayList<>();
        for (var m : GreenMailResource.server().getReceivedMessages()) {
            for (var a : m.getAllRecipients()) {
                if (ReminderTest.NAM_DAN.contains(a.toString())) {
                    out.add(a.toString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static String dbUrl() {
        String url = System.getenv("CCHC_TEST_DB_URL");
        return url == null || url.isBlank() ? "jdbc:mysql://127.0.0.1:3308/cchc_test" : url;
    }

    private static int schedulerInstances() throws Exception {
        try (var c = DriverManager.getConnection(dbUrl(), "cchc", "cchc");
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The same packaged jar, same database, same SMTP server and directory; it neither cleans nor loads data. */
    private static Process startSecondInstance() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), "the packaged application is needed");
        Path log = Path.of("target", "second-instance.log");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=test",
                "-Dquarkus.http.port=0",
                "-Dquarkus.flyway.clean-at-start=false",
                "-Dcchc.demo.enabled=false",
                "-Dquarkus.oidc.tenant-enabled=false",
                "-Dcchc.reminders.cron=" + CRON,
                "-Dquarkus.mailer.host=127.0.0.1",
                "-Dquarkus.mailer.port=" + GreenMailResource.server().getSmtp().getPort(),
                "-Dquarkus.mailer.mock=false",
                "-Dquarkus.datasource.jdbc.url=" + dbUrl(),
                "-Dcchc.directory.keycloak-url=" + System.getenv("CCHC_TEST_KEYCLOAK_URL"),
                "-jar", jar.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the second instance stopped: see " + log.toAbsolutePath());
            }
            if (Files.exists(log) && Files.readString(log).contains("started in")) {
                return p;
            }
            Thread.sleep(500);
        }
        p.destroy();
        throw new IllegalStateException("the second instance did not start: see " + new File(log.toString()).getAbsolutePath());
    }
}
