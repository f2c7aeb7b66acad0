package vn.gov.cchc.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.unit.Unit;

/**
 * Who may do what with reports. The rules, in one place:
 * <ul>
 * <li>membership: the officers and leaders of exactly the report's unit write it and submit it;</li>
 * <li>leadership: the leaders of the report's unit approve it (send it) or send it back;</li>
 * <li>receiving: the coordinators whose province contains the schedule's receiving unit read it
 * once sent, and accept or return it;</li>
 * <li>monitoring: the receiving coordinators and those who write for the plan's issuer follow the
 * rates and the whole consolidation;</li>
 * <li>administrators do everything.</li>
 * </ul>
 */
@RequestScoped
public class ReportAccess {

    @Inject
    CurrentUser user;

    @Inject
    AccessPolicy policy;

    public boolean isAdmin() {
        return user.isAdmin();
    }

    /** The caller is an officer or leader of {@code unit} itself (not of a unit above it). */
    public boolean isMember(Unit unit) {
        return unit != null && user.hasAny(Roles.OFFICER, Roles.LEADER)
                && user.unit().map(u -> u.id.equals(unit.id)).orElse(false);
    }

    /** The caller is a leader of {@code unit} itself. */
    public boolean isLeader(Unit unit) {
        return unit != null && user.has(Roles.LEADER) && user.unit().map(u -> u.id.equals(unit.id)).orElse(false);
    }

    /** The caller coordinates the province of the unit receiving the reports (or is an administrator). */
    public boolean isReceiver(Unit receivingUnit) {
        if (user.isAdmin()) {
            return true;
        }
        return user.has(Roles.COORDINATOR) && receivingUnit != null
                && user.writeScope().map(scope -> scope.contains(receivingUnit)).orElse(false);
    }

    /** Its unit sees a report always; the receiving coordinators once it has been sent. */
    public boolean maySee(Unit reportUnit, Unit receivingUnit, boolean sent) {
        return user.isAdmin() || isMember(reportUnit) || (sent && isReceiver(receivingUnit));
    }

    /** Write the report's content, submit it, attach evidence. */
    public boolean mayWrite(Unit reportUnit) {
        return user.isAdmin() || isMember(reportUnit);
    }

    /** Approve (send) or send back. */
    public boolean mayApprove(Unit reportUnit) {
        return user.isAdmin() || isLeader(reportUnit);
    }

    /** Accept or return a sent report. */
    public boolean mayReceive(Unit receivingUnit) {
        return isReceiver(receivingUnit);
    }

    /** Follow the rates and the whole consolidation of a plan's schedule. */
    public boolean mayMonitor(Unit issuer, Unit receivingUnit) {
        return user.isAdmin() || policy.mayWriteFor(issuer) || isReceiver(receivingUnit);
    }

    /** The unit a lead department reads a consolidation for: the caller's own unit, when they belong to one. */
    public Optional<Unit> leadUnit() {
        return user.hasAny(Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER) ? user.unit() : Optional.empty();
    }

    /** The unit a new report is for when the caller names none. */
    public Optional<Unit> ownUnit() {
        return user.unit();
    }

    /**
     * Which reports a list may show: every report ({@code all}); the reports of {@code ownUnitId}; the
     * sent reports whose receiving unit lies under {@code receiverPath}. Null parts add nothing.
     */
    public record ListScope(boolean all, Long ownUnitId, String receiverPath) {
        public boolean nothing() {
            return !all && ownUnitId == null && receiverPath == null;
        }
    }

    public ListScope listScope() {
        if (user.isAdmin()) {
            return new ListScope(true, null, null);
        }
        Long own = user.hasAny(Roles.OFFICER, Roles.LEADER) ? user.unit().map(u -> u.id).orElse(null) : null;
        String receiver = user.has(Roles.COORDINATOR) ? user.writeScope().map(u -> u.path).orElse(null) : null;
        return new ListScope(false, own, receiver);
    }
}
