package vn.gov.cchc.common;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The database transactions of one HTTP request and how they ended, so that an error can say "nothing was saved"
 * only when that is certain: every transaction that took a connection was rolled back. A transaction can end on
 * another thread (Narayana's reaper rolls back one that outlives its timeout), hence the atomic counters.
 */
@RequestScoped
public class RequestTransactions {

    private final AtomicInteger enlisted = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();

    /** The current transaction took a connection of the default pool. */
    void enlisted(TransactionSynchronizationRegistry registry) {
        enlisted.incrementAndGet();
        try {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_ROLLEDBACK) {
                        rolledBack.incrementAndGet();
                    }
                }
            });
        } catch (IllegalStateException e) {
            // no longer active (already marked for rollback): its outcome stays unknown here
        }
    }

    /** True when no transaction of this request can have written anything: none took a connection, or all rolled back. */
    public boolean nothingSaved() {
        return enlisted.get() == rolledBack.get();
    }
}
