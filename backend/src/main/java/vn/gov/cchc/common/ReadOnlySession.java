package vn.gov.cchc.common;

import jakarta.persistence.EntityManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;

/** For reads that load many rows: the session checks nothing it loads for changes, before each query or at the end. */
public final class ReadOnlySession {

    private ReadOnlySession() {
    }

    /** Makes the current session of {@code em} read-only, without flushing; answers it. */
    public static Session of(EntityManager em) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return session;
    }
}
