package vn.gov.cchc.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.gov.cchc.support.Api;
import vn.gov.cchc.support.BusyDatabaseProfile;
import vn.gov.cchc.support.Plans;
import vn.gov.cchc.support.TestUsers;

/**
 * A busy database answers 503 problem+json with Retry-After, not 500, and the server has cancelled the request's
 * statement: the test holds a real lock that a real request's SQL waits for past its limit (700 ms in this profile),
 * or holds every pooled connection. Work that serves no request keeps the server's own limit.
 */
@QuarkusTest
@TestProfile(BusyDatabaseProfile.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DatabaseBusyTest {

    static final String BUSY = "https://cchc.gov.vn/problems/database-busy";

    @Inject
    AgroalDataSource pool;

    @Test
    void aListWhoseQueryWaitsPastTheLimitAnswers503AndTheServerCancelledIt() throws Exception {
        try (Connection locker = BusyDatabaseProfile.connect(); Connection watcher = BusyDatabaseProfile.connect()) {
            long lockerId = BusyDatabaseProfile.connectionId(locker);
            long cancelled = BusyDatabaseProfile.serverStatus(watcher, "Max_statement_time_exceeded");
            locker.createStatement().execute("LOCK TABLES plan WRITE");
            try (AutoCloseable watchdog = BusyDatabaseProfile.watchdog(locker, "UNLOCK TABLES")) {
                Api.as(TestUsers.tqCoordinator()).header("Accept-Language", "en").get("/api/v1/plans").then()
                        .statusCode(503).contentType(ProblemMappers.PROBLEM_JSON)
                        .header("Retry-After", BusyDatabaseProfile.RETRY_AFTER)
                        .body("type", equalTo(BUSY))
                        .body("title", equalTo("The database is busy"))
                        .body("status", equalTo(503))
                        .body("detail", equalTo("The database is busy, so the request was stopped. No data was changed."
                                + " Try again in 7 s."));
                // the statement was cut by the server (max_statement_time), not abandoned by the client
                assertEquals(cancelled + 1, BusyDatabaseProfile.serverStatus(watcher, "Max_statement_time_exceeded"));
                assertEquals(List.of(), BusyDatabaseProfile.runningStatements(watcher, lockerId, "plan"));
            } finally {
                locker.createStatement().execute("UNLOCK TABLES");
            }
        }
        Api.as(TestUsers.tqCoordinator()).get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void aChangeWaitingForALockedRowAnswers503AndNothingOfItIsSaved() throws Exception {
        String pt = TestUsers.ptCoordinator();
        String title = Plans.unique("Kế hoạch chờ khóa");
        long id = Plans.create(pt, Plans.draft(Plans.unitId("PT"), title));
        Map<String, Object> edit = Plans.draft(Plans.unitId("PT"), title + " (sửa)");
        try (Connection locker = BusyDatabaseProfile.connect(); Connection watcher = BusyDatabaseProfile.connect()) {
            long lockerId = BusyDatabaseProfile.connectionId(locker);
            locker.setAutoCommit(false);
            long cancelled = BusyDatabaseProfile.serverStatus(watcher, "Max_statement_time_exceeded");
            locker.createStatement().executeQuery("SELECT id FROM plan WHERE id = " + id + " FOR UPDATE").close();
            try (AutoCloseable watchdog = BusyDatabaseProfile.watchdog(locker, "ROLLBACK")) {
                Api.as(pt).header("If-Match", "\"0\"").body(edit).put("/api/v1/plans/{id}", id).then()
                        .statusCode(503).contentType(ProblemMappers.PROBLEM_JSON)
                        .header("Retry-After", BusyDatabaseProfile.RETRY_AFTER)
                        .header("Content-Language", "vi")
                        .body("type", equalTo(BUSY))
                        .body("title", equalTo("Cơ sở dữ liệu đang bận"))
                        .body("detail", equalTo("Cơ sở dữ liệu đang bận nên yêu cầu đã bị dừng. Không có thay đổi nào"
                                + " của yêu cầu được lưu vào cơ sở dữ liệu. Vui lòng thử lại sau 7 giây."));
                // cut by the statement limit, not by the server's 50 s lock wait timeout
                assertEquals(cancelled + 1, BusyDatabaseProfile.serverStatus(watcher, "Max_statement_time_exceeded"));
                assertEquals(List.of(), BusyDatabaseProfile.runningStatements(watcher, lockerId, "plan"));
            } finally {
                locker.rollback();
            }
        }
        Api.as(pt).get("/api/v1/plans/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo(title));
        Api.as(pt).header("If-Match", "\"0\"").body(edit).put("/api/v1/plans/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void noFreeConnectionWithinTheAcquisitionTimeoutAnswers503() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < BusyDatabaseProfile.POOL_SIZE; i++) {
                held.add(pool.getConnection());
            }
            Api.as(TestUsers.tqCoordinator()).header("Accept-Language", "en").get("/api/v1/plans").then()
                    .statusCode(503).contentType(ProblemMappers.PROBLEM_JSON)
                    .header("Retry-After", BusyDatabaseProfile.RETRY_AFTER)
                    .body("type", equalTo(BUSY))
                    .body("detail", equalTo("The database is busy, so the request was stopped. No data was changed."
                            + " Try again in 7 s."));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        Api.as(TestUsers.tqCoordinator()).get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void workOutsideRequestsIsNotCutByTheRequestLimit() throws Exception {
        sleepPastTheLimitOnEveryConnection();
        // as in a scheduled job: Quarkus activates a request context for it, without an HTTP request
        var context = Arc.container().requestContext();
        context.activate();
        try {
            sleepPastTheLimitOnEveryConnection();
        } finally {
            context.terminate();
        }
    }

    private void sleepPastTheLimitOnEveryConnection() throws Exception {
        // a request first, so that pooled connections carry the request limit
        Api.as(TestUsers.tqCoordinator()).get("/api/v1/plans").then().statusCode(200);
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < BusyDatabaseProfile.POOL_SIZE; i++) {
                all.add(pool.getConnection());
            }
            for (Connection c : all) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT @@max_statement_time, SLEEP(1)")) {
                    rs.next();
                    assertEquals(0.0, rs.getDouble(1), "the server's default: no limit");
                    assertEquals(0, rs.getInt(2), "SLEEP(1) ran to its end, past the 700 ms request limit");
                }
            }
        } finally {
            for (Connection c : all) {
                c.close();
            }
        }
    }
}
