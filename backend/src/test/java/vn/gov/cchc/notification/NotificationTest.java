package vn.gov.cchc.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.GreenMailResource;
import vn.gov.cchc.support.KeycloakDirectory;
import vn.gov.cchc.support.TestUsers;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/**
 * In-app notices reach everyone of their unit and nobody else, each person keeps their own read state; the
 * e-mail outbox queues a message once and delivers it through a real SMTP server; the directory finds a
 * unit's people in the real Keycloak by exact unit code.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailResource.class)
class NotificationTest {

    @Inject
    NotificationService notifications;

    @Inject
    MailService mail;

    @Inject
    PersonDirectory directory;

    @Inject
    UnitService units;

    private Unit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    @Test
    void aNoticeReachesEveryoneOfItsUnitEachWithTheirOwnReadState() {
        String title = "Nhắc hạn: " + "báo cáo quý ".repeat(40);
        long id = notifications.notify(unit("TQ-NAMDAN"), "DEADLINE_DUE_SOON", title, "Còn 3 ngày làm việc",
                "/deadlines?planId=1", null).id;
        String officer = TestUsers.namDanOfficer();
        String leader = TestUsers.namDanLeader();
        String item = "items.find { it.id == " + id + " }";
        Api.as(officer).get("/api/v1/notifications").then().statusCode(200)
                .body(item + ".kind", equalTo("DEADLINE_DUE_SOON"))
                .body(item + ".title.length()", equalTo(300))
                .body(item + ".title", org.hamcrest.Matchers.endsWith("…"))
                .body(item + ".link", equalTo("/deadlines?planId=1"))
                .body(item + ".read", equalTo(false));
        int unread = Api.as(officer).get("/api/v1/notifications").then().extract().path("unread");
        assertTrue(unread >= 1);

        // another commune sees nothing of it and cannot mark it read; nor can someone without a unit
        Api.as(TestUsers.token("nongtrang.officer", "PT-NONGTRANG", "officer")).get("/api/v1/notifications").then()
                .statusCode(200).body("items.id", not(hasItem((int) id)));
        Api.as(TestUsers.token("nongtrang.officer", "PT-NONGTRANG", "officer")).post("/api/v1/notifications/{id}/read", id)
                .then().statusCode(404);
        Api.as(TestUsers.admin()).get("/api/v1/notifications").then().statusCode(200).body("total", equalTo(0));
        Api.as(officer).post("/api/v1/notifications/{id}/read", 999_999_999L).then().statusCode(404);

        // read by the officer, twice (no error), still unread for the leader
        Api.as(officer).post("/api/v1/notifications/{id}/read", id).then().statusCode(204);
        Api.as(officer).post("/api/v1/notifications/{id}/read", id).then().statusCode(204);
        Api.as(officer).get("/api/v1/notifications").then().body(item + ".read", equalTo(true)).body("unread", equalTo(unread - 1));
        Api.as(officer).queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Api.as(leader).queryParam("unread", true).get("/api/v1/notifications").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        // all read for the leader
        Api.as(leader).post("/api/v1/notifications/read-all").then().statusCode(204);
        Api.as(leader).get("/api/v1/notifications").then().statusCode(200).body("unread", equalTo(0))
                .body(item + ".read", equalTo(true));
    }

    @Test
    void theOutboxQueuesAMessageOnceAndDeliversIt() throws Exception {
        Person to = new Person("outbox.test", "outbox.test@example.com", "Người nhận thử");
        String key = "test:" + System.nanoTime();
        assertTrue(mail.enqueue(key, to, "Thư thử – Hạn xử lý", "Nội dung có dấu: Ủy ban nhân dân", null));
        assertFalse(mail.enqueue(key, to, "Thư thử – Hạn xử lý", "lần hai", null), "the same key is not queued twice");
        mail.deliver();
        assertEquals(0, mail.deliver(), "nothing left to send");
        var received = java.util.Arrays.stream(GreenMailResource.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("outbox.test@example.com");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
        assertEquals(1, received.size());
        assertEquals("Thư thử – Hạn xử lý", received.get(0).getSubject());
        assertTrue(String.valueOf(received.get(0).getContent()).contains("Ủy ban nhân dân"));
    }

    @Test
    void theDirectoryFindsAUnitsPeopleByTheExactUnitCode() {
        KeycloakDirectory.assumeRunning();
        assertTrue(directory.configured());
        List<String> emails = directory.membersOf("TQ-NAMDAN").stream().map(Person::email).sorted().toList();
        assertEquals(List.of("namdan.leader@example.com", "namdan.officer@example.com"), emails);
        assertEquals(List.of(), directory.membersOf("TQ-NAMDA"), "a prefix of a code is another unit");
    }
}
