package vn.gov.cchc.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import vn.gov.cchc.unit.UnitInUse;

/** Tells unit/ that a unit issued plans (drafts included), so that it is dissolved rather than deleted. */
@ApplicationScoped
public class PlanUnitUses {

    void onDeleteAsked(@Observes UnitInUse ask) {
        ask.add("plans", Plan.count("issuingUnit.id", ask.unitId()));
    }
}
