package vn.gov.cchc.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.notification.MailService;
import vn.gov.cchc.notification.Person;
import vn.gov.cchc.support.BusyDatabaseProfile;
import vn.gov.cchc.support.GreenMailResource;

/**
 * Quartz's store has a pool of its own: with every connection of the requests' pool taken, the scheduler still reads
 * its store; a job fired through Quartz runs its body (Hibernate on the requests' pool) once connections are free.
 */
@QuarkusTest
@TestProfile(BusyDatabaseProfile.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailResource.class)
class SchedulerPoolTest {

    @Inject
    AgroalDataSource requests;

    @Inject
    @DataSource("quartz")
    AgroalDataSource quartzPool;

    @Inject
    Scheduler quartz;

    @Inject
    MailService mail;

    @Test
    void quartzHasItsOwnSmallPool() {
        assertEquals("quartz", ConfigProvider.getConfig().getValue("quarkus.quartz.datasource", String.class));
        assertEquals(4, quartzPool.getConfiguration().connectionPoolConfiguration().maxSize());
        assertEquals(BusyDatabaseProfile.POOL_SIZE, requests.getConfiguration().connectionPoolConfiguration().maxSize());
        assertNotEquals(quartzPool.getConfiguration().connectionPoolConfiguration(),
                requests.getConfiguration().connectionPoolConfiguration());
    }

    @Test
    void theSchedulerWorksWhileRequestsHoldEveryConnectionAndItsJobsRunAfterwards() throws Exception {
        JobKey outbox;
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < BusyDatabaseProfile.POOL_SIZE; i++) {
                held.add(requests.getConnection());
            }
            // reads Quartz's tables: on the requests' pool this would fail after the 1 s acquisition timeout
            outbox = quartz.getJobKeys(GroupMatcher.anyJobGroup()).stream()
                    .filter(k -> k.getName().equals("mail-outbox")).findFirst().orElseThrow();
            assertTrue(quartz.checkExists(outbox));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        String subject = "Thư qua Quartz " + System.nanoTime();
        assertTrue(mail.enqueue("scheduler-pool-" + subject, new Person("pool.test", "pool.test@example.gov.vn",
                "Người thử"), subject, "Gửi bởi công việc mail-outbox", null));
        quartz.triggerJob(outbox);
        long until = System.currentTimeMillis() + 30_000;
        while (!received(subject) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertTrue(received(subject), "the mail-outbox job, fired through Quartz, sent the queued e-mail");
    }

    private static boolean received(String subject) {
        return Arrays.stream(GreenMailResource.server().getReceivedMessages()).anyMatch(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        });
    }
}
