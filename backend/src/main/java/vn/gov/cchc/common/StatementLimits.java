package vn.gov.cchc.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * How long one SQL statement may run, set by the database server itself on each connection the default pool hands
 * out. A connection taken for an HTTP request gets {@code cchc.db.statement-timeout}; one taken for anything else
 * (start-up work, Flyway, the scheduler's job bodies, tests calling services) gets
 * {@code cchc.db.background-statement-timeout}, by default the server's own setting (no limit). Quartz's store has a
 * pool of its own and is not touched here.
 * <p>
 * The server cancels the statement: MariaDB's {@code max_statement_time} covers every statement, lock waits included;
 * MySQL's {@code max_execution_time} covers SELECTs. {@code innodb_lock_wait_timeout} (row locks) and
 * {@code lock_wait_timeout} (table and metadata locks) get the same limit rounded up to seconds, so that a write
 * waiting for a lock is cut on MySQL too. A statement cut this way leaves the process list at once, and the error
 * (1969, 3024, 1205) becomes a 503 ({@link DatabaseProblems}).
 * <p>
 * The settings are sent only when a connection changes hands between request and background work (one {@code SET}
 * per change, none per request in the steady state).
 */
@ApplicationScoped
public class StatementLimits implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(StatementLimits.class);
    private static final String REQUEST = "request";
    private static final String BACKGROUND = "background";

    @ConfigProperty(name = "cchc.db.statement-timeout", defaultValue = "10S")
    Duration requestLimit;

    @ConfigProperty(name = "cchc.db.background-statement-timeout")
    Optional<Duration> backgroundLimit;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    RequestTransactions transactions;

    @Inject
    TransactionSynchronizationRegistry registry;

    /** What each physical connection was last set to; a new session has the server's defaults (background). */
    private final Map<Connection, String> applied = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile Boolean mariaDb;

    @Override
    public void onConnectionAcquire(Connection connection) {
        boolean request = servesRequest();
        String want = request ? REQUEST : BACKGROUND;
        try {
            Connection physical = connection.unwrap(Connection.class);
            String had = applied.get(physical);
            boolean serverDefaults = had == null && !request && backgroundLimit.isEmpty();
            if (!want.equals(had) && !serverDefaults) {
                try (Statement s = connection.createStatement()) {
                    s.execute(sql(connection, request ? Optional.of(requestLimit) : backgroundLimit));
                }
            }
            applied.put(physical, want);
        } catch (SQLException | RuntimeException e) {
            // an interceptor must not throw: the pool would lose the connection. The statement then runs with the
            // limit it had; the failure that follows (if the database is gone) is reported by the request itself.
            LOG.warnf("Could not set the %s statement limit on a connection: %s", want, e.toString());
        }
        if (request && registry.getTransactionKey() != null) {
            transactions.enlisted(registry);
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        try {
            applied.remove(connection.unwrap(Connection.class));
        } catch (SQLException e) {
            // the entry goes with the connection's garbage collection
        }
    }

    /** True on the thread of an HTTP request; Quarkus activates a request context for scheduled jobs too, without one. */
    private boolean servesRequest() {
        return Arc.container().requestContext().isActive() && currentRequest.getCurrent() != null;
    }

    private String sql(Connection connection, Optional<Duration> limit) throws SQLException {
        boolean maria = isMariaDb(connection);
        if (limit.isEmpty() || limit.get().isZero()) {
            return "SET SESSION " + (maria ? "max_statement_time" : "max_execution_time")
                    + " = DEFAULT, innodb_lock_wait_timeout = DEFAULT, lock_wait_timeout = DEFAULT";
        }
        long millis = Math.max(1, limit.get().toMillis());
        long seconds = Math.max(1, (millis + 999) / 1000);
        String statementLimit = maria ? "max_statement_time = " + String.format(Locale.ROOT, "%.3f", millis / 1000.0)
                : "max_execution_time = " + millis;
        return "SET SESSION " + statementLimit + ", innodb_lock_wait_timeout = " + seconds + ", lock_wait_timeout = "
                + seconds;
    }

    private boolean isMariaDb(Connection connection) throws SQLException {
        Boolean known = mariaDb;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb");
            mariaDb = known;
        }
        return known;
    }
}
