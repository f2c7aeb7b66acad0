package vn.gov.cchc.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitService;

/**
 * Who may receive the reports of a plan. The receiver of a schedule's reports reads, accepts and
 * returns them, so naming it is an access decision: it must be a coordinating unit (Sở Nội vụ) of
 * the plan's own province, or the issuing unit itself. Above province level (no province), a
 * coordinating unit below the issuer. Needs no caller: data loading checks it too.
 */
@ApplicationScoped
public class ReportRouting {

    @Inject
    UnitService units;

    public boolean mayReceive(Unit issuer, Unit receiver) {
        if (issuer == null || receiver == null) {
            return false;
        }
        if (receiver.id.equals(issuer.id)) {
            return true;
        }
        if (!receiver.coordinating) {
            return false;
        }
        Unit root = units.provinceOf(issuer).orElse(issuer);
        return root.contains(receiver);
    }
}
