package vn.gov.cchc.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application with a short statement limit, a pool of three connections and a one-second acquisition timeout, so
 * that tests can make the database "busy" for real: a lock held by the test makes a request's statement wait past its
 * limit, or the test holds every pooled connection.
 */
public class BusyDatabaseProfile implements QuarkusTestProfile {

    public static final int POOL_SIZE = 3;
    public static final String RETRY_AFTER = "7";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cchc.db.statement-timeout", "700MS",
                "quarkus.datasource.jdbc.max-size", String.valueOf(POOL_SIZE),
                "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                "cchc.db.retry-after", RETRY_AFTER + "S");
    }

    /** A connection of the test's own, outside the application's pools. */
    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    public static long connectionId(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Statements other sessions than {@code watcher} and {@code except} are running that mention {@code text}. */
    public static List<String> runningStatements(Connection watcher, long except, String text) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var s = watcher.prepareStatement("SELECT id, state, info FROM information_schema.processlist"
                + " WHERE id NOT IN (?, CONNECTION_ID()) AND info LIKE ?")) {
            s.setLong(1, except);
            s.setString(2, "%" + text + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + " " + rs.getString(2) + ": " + rs.getString(3));
                }
            }
        }
        return out;
    }

    /**
     * Runs {@code release} on the test's locking connection after 20 s unless closed before: should requests stop being
     * cut, the test then fails on the status it gets instead of hanging on the lock.
     */
    public static AutoCloseable watchdog(Connection locker, String release) {
        java.util.Timer timer = new java.util.Timer("lock-watchdog", true);
        timer.schedule(new java.util.TimerTask() {
            @Override
            public void run() {
                try {
                    locker.createStatement().execute(release);
                } catch (SQLException e) {
                    // the test reports what the request answered
                }
            }
        }, 20_000);
        return timer::cancel;
    }

    /** A counter of the server's SHOW GLOBAL STATUS. */
    public static long serverStatus(Connection c, String name) throws SQLException {
        try (var s = c.prepareStatement("SHOW GLOBAL STATUS LIKE ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(2) : -1;
            }
        }
    }
}
