package vn.gov.cchc.people;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;
import vn.gov.cchc.unit.UnitsSucceeded;

/**
 * When units are succeeded (merger, dissolution), their people's accounts move to the successor: the
 * {@code unit} attribute of every account of a predecessor becomes the successor's code.
 *
 * <p>
 * The unit and the accounts never get out of step. If Keycloak refuses or cannot be reached, the accounts
 * already moved are moved back and the observer throws (503/502 problem), so the succession's transaction
 * rolls back. If that transaction fails after the accounts were moved (another observer throws, the
 * commit fails), a transaction synchronization moves them back once the rollback is done.
 */
@ApplicationScoped
public class AccountSuccession {

    private static final Logger LOG = Logger.getLogger(AccountSuccession.class);

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    UnitService units;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    jakarta.enterprise.event.Event<AccountChanged> changed;

    /** One account moved: its id and the code it had. */
    record Moved(String id, String from) {
    }

    void onSuccession(@Observes UnitsSucceeded event) {
        if (!keycloak.configured()) {
            LOG.warnf("No account directory configured: the accounts of units %s are not moved", event.predecessorIds());
            return;
        }
        Unit successor = units.get(event.successorId());
        List<Moved> moved = new ArrayList<>();
        try {
            for (Unit predecessor : units.byIds(event.predecessorIds())) {
                if (predecessor.code.equals(successor.code)) {
                    continue;
                }
                for (JsonNode user : keycloak.usersWithAttribute(PeopleService.UNIT, predecessor.code, null)) {
                    setUnit(user, successor.code);
                    moved.add(new Moved(user.path("id").asText(), predecessor.code));
                    // in the same transaction: rolled back with the succession
                    changed.fire(new AccountChanged(user.path("username").asText()));
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Moving the accounts of %s to %s failed (%s): moving %d back", event.predecessorIds(), successor.code,
                    e.getMessage(), moved.size());
            undo(moved);
            throw e;
        }
        if (moved.isEmpty()) {
            return;
        }
        LOG.infof("%d accounts moved to %s (%s)", moved.size(), successor.code, event.kind());
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    LOG.warnf("The succession into %s was rolled back: moving %d accounts back", successor.code, moved.size());
                    undo(moved);
                }
            }
        });
    }

    private void setUnit(JsonNode user, String code) {
        ObjectNode rep = user.deepCopy();
        rep.remove("access");
        rep.with("attributes").putArray(PeopleService.UNIT).add(code);
        keycloak.expect(keycloak.updateUser(user.path("id").asText(), rep), "PUT user (unit)");
    }

    private void undo(List<Moved> moved) {
        for (Moved m : moved) {
            try {
                keycloak.user(m.id()).ifPresent(u -> setUnit(u, m.from()));
            } catch (RuntimeException e) {
                LOG.errorf("Account %s could not be moved back to %s: %s; set its unit attribute in Keycloak's console", m.id(),
                        m.from(), e.getMessage());
            }
        }
    }
}
