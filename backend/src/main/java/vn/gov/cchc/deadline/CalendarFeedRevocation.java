package vn.gov.cchc.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.cchc.people.AccountChanged;

/**
 * A calendar feed link carries the scope its owner had when it was made. When the account moves to another
 * unit, changes role or is disabled, the link is revoked: the person makes a new one under their new scope.
 */
@ApplicationScoped
public class CalendarFeedRevocation {

    private static final Logger LOG = Logger.getLogger(CalendarFeedRevocation.class);

    @Transactional
    void onAccountChanged(@Observes AccountChanged event) {
        long revoked = CalendarToken.delete("username", event.username());
        if (revoked > 0) {
            LOG.infof("Calendar feed of %s revoked: the account's unit, role or status changed", event.username());
        }
    }
}
