package vn.gov.cchc.deadline;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.notification.MailService;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.GreenMailResource;
import vn.gov.cchc.support.KeycloakDirectory;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.Tasks;
import vn.gov.cchc.support.TestUsers;

/**
 * Reminders reach the people of the responsible unit (Keycloak users whose unit is UBND xã Năm Dẩn)
 * through a real SMTP server, once: two runs at the same time, as two instances would, send one
 * e-mail per person.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailResource.class)
class ReminderTest {

    static final List<String> NAM_DAN = List.of("namdan.leader@example.com", "namdan.officer@example.com");

    @Inject
    TimeService time;

    @Inject
    ReminderService reminders;

    @Inject
    MailService mail;

    @AfterEach
    void realClock() {
        time.fixToday(null);
    }

    private static List<String> namDanRecipients() {
        return java.util.Arrays.stream(GreenMailResource.server().getReceivedMessages())
                .flatMap(m -> {
                    try {
                        return java.util.Arrays.stream(m.getAllRecipients()).map(Address::toString);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(NAM_DAN::contains).sorted().collect(Collectors.toList());
    }

    private void runTwiceAtOnce(LocalDate today) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> {
                reminders.prepare(today);
                return mail.deliver();
            };
            var a = pool.submit(run);
            var b = pool.submit(run);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void dueSoonAndFirstDayOverdueEachReachEveryoneOnce() throws Exception {
        KeycloakDirectory.assumeRunning();
        String tq = TestUsers.tqCoordinator();
        long plan = Tasks.draftPlan(tq, "TQ", "Kế hoạch nhắc hạn");
        Api.as(tq).body(Tasks.task("I", "Tổ chức đối thoại với người dân", List.of(Tasks.unit(Plans.unitId("TQ-NAMDAN"))),
                "Hoàn thành trước ngày 30/6/2026")).post("/api/v1/plans/{id}/tasks", plan).then().statusCode(201)
                .body("timeframe.end", equalTo("2026-06-30"));
        Map<String, Object> noImplementingPlan = Plans.issue("901/KH-UBND", "2026-06-01");
        Api.as(tq).body(noImplementingPlan).post("/api/v1/plans/{id}/issue", plan).then().statusCode(200);
        GreenMailResource.server().reset();

        // Thursday 25/06/2026: three working days before Tuesday 30/06
        LocalDate dueSoon = LocalDate.of(2026, 6, 25);
        time.fixToday(dueSoon);
        runTwiceAtOnce(dueSoon);
        assertEquals(NAM_DAN, namDanRecipients(), "one e-mail to each person of Năm Dẩn");
        MimeMessage first = java.util.Arrays.stream(GreenMailResource.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("namdan.officer@example.com");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertTrue(first.getSubject().contains("UBND xã Năm Dẩn"), first.getSubject());
        String body = String.valueOf(first.getContent());
        assertTrue(body.contains("Thực hiện nhiệm vụ I.1 của Kế hoạch 901/KH-UBND"), body);
        assertTrue(body.contains("hạn 30/06/2026, còn 3 ngày làm việc"), body);

        // the same day again: nothing new
        runTwiceAtOnce(dueSoon);
        assertEquals(NAM_DAN, namDanRecipients());

        // Wednesday 01/07/2026, the first day overdue: one more e-mail each, once
        LocalDate overdue = LocalDate.of(2026, 7, 1);
        time.fixToday(overdue);
        runTwiceAtOnce(overdue);
        runTwiceAtOnce(overdue);
        assertEquals(List.of(NAM_DAN.get(0), NAM_DAN.get(0), NAM_DAN.get(1), NAM_DAN.get(1)), namDanRecipients());

        // the same notices in the application, for everyone of the unit
        Api.as(TestUsers.namDanOfficer()).queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", hasItem("DEADLINE_DUE_SOON"))
                .body("items.kind", hasItem("DEADLINE_OVERDUE"));
        long id = Api.as(TestUsers.namDanOfficer()).get("/api/v1/notifications").then().extract().jsonPath()
                .getLong("items[0].id");
        Api.as(TestUsers.namDanOfficer()).post("/api/v1/notifications/{id}/read", id).then().statusCode(204);
        Api.as(TestUsers.namDanOfficer()).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.read", equalTo(true));
        Api.as(TestUsers.namDanLeader()).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.read", equalTo(false));
        // another unit sees none of them
        Api.as(TestUsers.ptCultureOfficer()).post("/api/v1/notifications/{id}/read", id).then().statusCode(404);
    }
}
