package vn.gov.cchc.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockTimeoutException;
import org.junit.jupiter.api.Test;

import com.mysql.cj.jdbc.exceptions.MySQLTimeoutException;

import vn.gov.cchc.common.DatabaseProblems.Trouble;

/** Which failures are a busy or unreachable database, as they come out of the driver, Agroal, Hibernate and Narayana. */
class DatabaseProblemsTest {

    @Test
    void statementsCancelledByTheServerOrTheDriver() {
        // MariaDB's max_statement_time; Hibernate's MySQL dialect does not know the code and wraps it generically
        assertEquals(Trouble.STATEMENT_CANCELLED, DatabaseProblems.classify(new PersistenceException(
                new GenericJDBCException("JDBC exception executing SQL", new SQLException(
                        "Query execution was interrupted (max_statement_time exceeded)", "70100", 1969)))));
        // MySQL's max_execution_time
        assertEquals(Trouble.STATEMENT_CANCELLED, DatabaseProblems.classify(new SQLException(
                "Query execution was interrupted, maximum statement execution time exceeded", "HY000", 3024)));
        // the driver's own query timeout (KILL QUERY)
        assertEquals(Trouble.STATEMENT_CANCELLED, DatabaseProblems.classify(new jakarta.persistence.QueryTimeoutException(
                new MySQLTimeoutException())));
        assertEquals(Trouble.LOCK_WAIT, DatabaseProblems.classify(new LockTimeoutException("lock",
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))));
    }

    @Test
    void noPooledConnectionInTime() {
        assertEquals(Trouble.POOL_EXHAUSTED, DatabaseProblems.classify(new PersistenceException(
                new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")))));
    }

    @Test
    void aRefusedConnectionAsTheDriverReportsIt() {
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:mysql://127.0.0.1:1/none?connectTimeout=2000", "x", "y"));
        assertEquals(Trouble.UNREACHABLE, DatabaseProblems.classify(refused));
        assertEquals(Trouble.UNREACHABLE,
                DatabaseProblems.classify(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)));
        Response r = new DatabaseProblems().response(new PersistenceException(refused), "POST", Messages.EN, null);
        assertEquals(503, r.getStatus());
        assertEquals("30", r.getHeaderString("Retry-After"));
        Problem p = ProblemMappersTest.body(r);
        assertEquals("https://cchc.gov.vn/problems/database-unavailable", p.type());
        // no record of the request's transactions here: nothing is claimed
        assertEquals("The database cannot be reached. Part of the request may have been saved: check before you send"
                + " it again. Try again in 30 s.", p.detail());
    }

    @Test
    void aTransactionRolledBackByItsTimeoutButNotOneThatFailedItself() {
        assertEquals(Trouble.TRANSACTION_TIMEOUT, DatabaseProblems.classify(new RuntimeException(new RollbackException(
                "ARJUNA016102: The transaction is not active!"))));
        RollbackException failedFlush = new RollbackException("ARJUNA016053: Could not commit transaction.");
        failedFlush.initCause(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        assertNull(DatabaseProblems.classify(failedFlush));
        assertNull(DatabaseProblems.classify(new IllegalStateException("boom")));
        assertNull(DatabaseProblems.classify(new SQLException("You have an error in your SQL syntax", "42000", 1064)));
    }

    @Test
    void theMappersAnswer503ForThemAnd500OtherwiseWithRetryAfterInSeconds() {
        ProblemMappers mappers = new ProblemMappers();
        mappers.databases = new DatabaseProblems();
        Response busy = mappers.any(new jakarta.persistence.QueryTimeoutException(new MySQLTimeoutException()), null, null,
                null);
        assertEquals(503, busy.getStatus());
        assertEquals("10", busy.getHeaderString("Retry-After"));
        Problem p = ProblemMappersTest.body(busy);
        assertEquals("https://cchc.gov.vn/problems/database-busy", p.type());
        assertEquals("Cơ sở dữ liệu đang bận", p.title());
        assertEquals(500, mappers.any(new IllegalStateException("boom"), null, null, null).getStatus());
    }
}
