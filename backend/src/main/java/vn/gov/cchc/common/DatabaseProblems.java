package vn.gov.cchc.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;

/**
 * A database that is too busy or cannot be reached answers 503 with {@code Retry-After}, not 500: a statement cut by
 * its limit ({@link StatementLimits}), a lock waited for too long, no pooled connection within
 * {@code quarkus.datasource.jdbc.acquisition-timeout}, a transaction rolled back by its timeout, a refused or broken
 * connection. The detail says that nothing was changed only when that is certain ({@link RequestTransactions}).
 */
@ApplicationScoped
public class DatabaseProblems {

    /** The contract's text for these 503s (components/responses/ServiceUnavailable). */
    public static final String DESCRIPTION = "The database is busy or cannot be reached; try again after `Retry-After` seconds."
            + " `type` is `https://cchc.gov.vn/problems/database-busy` (a statement ran past its time limit or waited too"
            + " long for a lock, no database connection came free within a few seconds, or the transaction ran out of time)"
            + " or `https://cchc.gov.vn/problems/database-unavailable` (the database refused or lost the connection). The"
            + " detail says \"nothing was changed\" only when that is certain; otherwise it says that part of the request"
            + " may have been saved";
    public static final String RETRY_AFTER = "Seconds to wait before trying again";
    private static final Logger LOG = Logger.getLogger(DatabaseProblems.class);
    /** MariaDB's max_statement_time, MySQL's max_execution_time, KILL QUERY (the driver's own query timeout). */
    private static final Set<Integer> CANCELLED = Set.of(1969, 3024, 1317);
    /** Row or metadata lock wait timeout, deadlock victim: the transaction may be tried again. */
    private static final Set<Integer> LOCKS = Set.of(1205, 1213);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** What went wrong, as far as the caller is concerned. */
    public enum Trouble {
        STATEMENT_CANCELLED(ProblemType.DATABASE_BUSY),
        LOCK_WAIT(ProblemType.DATABASE_BUSY),
        POOL_EXHAUSTED(ProblemType.DATABASE_BUSY),
        TRANSACTION_TIMEOUT(ProblemType.DATABASE_BUSY),
        UNREACHABLE(ProblemType.DATABASE_UNAVAILABLE);

        private final ProblemType type;

        Trouble(ProblemType type) {
            this.type = type;
        }

        public ProblemType type() {
            return type;
        }
    }

    @ConfigProperty(name = "cchc.db.retry-after", defaultValue = "10S")
    Duration busyRetryAfter = Duration.ofSeconds(10);

    @ConfigProperty(name = "cchc.db.unavailable-retry-after", defaultValue = "30S")
    Duration unavailableRetryAfter = Duration.ofSeconds(30);

    @Inject
    RequestTransactions transactions;

    /** The trouble behind {@code e} (its causes looked at from the outside in), or null when it is none of these. */
    public static Trouble classify(Throwable e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = e; c != null && seen.put(c, true) == null; c = c.getCause()) {
            Trouble t = classifyOne(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static Trouble classifyOne(Throwable c) {
        // the transaction was rolled back behind the request's back, by Narayana's reaper at the transaction timeout
        // (nothing in this code marks a transaction for rollback): the commit is refused without a failure of its own,
        // or Hibernate notices it at the next statement
        if (c instanceof jakarta.transaction.RollbackException && c.getCause() == null
                || c instanceof org.hibernate.HibernateException && c.getMessage() != null
                        && c.getMessage().startsWith("Transaction was rolled back in a different thread")) {
            return Trouble.TRANSACTION_TIMEOUT;
        }
        if (c instanceof jakarta.persistence.QueryTimeoutException || c instanceof org.hibernate.QueryTimeoutException
                || c instanceof SQLTimeoutException) {
            return Trouble.STATEMENT_CANCELLED;
        }
        if (c instanceof jakarta.persistence.LockTimeoutException || c instanceof jakarta.persistence.PessimisticLockException
                || c instanceof org.hibernate.PessimisticLockException
                || c instanceof org.hibernate.exception.LockAcquisitionException) {
            return Trouble.LOCK_WAIT;
        }
        if (c instanceof org.hibernate.exception.JDBCConnectionException || c instanceof ConnectException) {
            return Trouble.UNREACHABLE;
        }
        if (c instanceof SQLException sql) {
            if (CANCELLED.contains(sql.getErrorCode())) {
                return Trouble.STATEMENT_CANCELLED;
            }
            if (LOCKS.contains(sql.getErrorCode())) {
                return Trouble.LOCK_WAIT;
            }
            // Agroal: no connection came free within the acquisition timeout
            if ("Sorry, acquisition timeout!".equals(sql.getMessage())) {
                return Trouble.POOL_EXHAUSTED;
            }
            if (sql instanceof SQLNonTransientConnectionException || sql instanceof SQLTransientConnectionException
                    || sql instanceof SQLRecoverableException
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return Trouble.UNREACHABLE;
            }
            // Agroal: the server did not accept a new connection within the acquisition timeout
            if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout while waiting for new connection")) {
                return Trouble.UNREACHABLE;
            }
        }
        return null;
    }

    /** The 503 for {@code e}, or null when {@code e} is no database trouble. */
    public Response response(Throwable e, String method, Locale locale, UriInfo uri) {
        Trouble trouble = classify(e);
        if (trouble == null) {
            return null;
        }
        Duration retry = trouble == Trouble.UNREACHABLE ? unavailableRetryAfter : busyRetryAfter;
        long seconds = Math.max(1, (retry.toMillis() + 999) / 1000);
        boolean nothingSaved = nothingSaved();
        String outcome = !nothingSaved ? "error.database.maybe-saved"
                : method != null && SAFE_METHODS.contains(method) ? "error.database.read" : "error.database.not-saved";
        String detail = Messages.get(locale, trouble == Trouble.UNREACHABLE ? "error.database.unreachable"
                : "error.database.busy") + " " + Messages.get(locale, outcome) + " "
                + Messages.get(locale, "error.database.retry", seconds);
        LOG.warnf("%s on %s %s (%s): %s", trouble, method, uri == null ? "?" : uri.getPath(),
                nothingSaved ? "nothing saved" : "may have saved part", rootMessage(e));
        return Response.fromResponse(ProblemMappers.build(trouble.type(), locale, detail, uri, List.of(), List.of()))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private boolean nothingSaved() {
        // outside a request (a unit test calling the mapper) there is no record: claim nothing
        return Arc.container() != null && Arc.container().requestContext().isActive() && transactions.nothingSaved();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
