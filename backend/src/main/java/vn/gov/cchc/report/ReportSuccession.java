package vn.gov.cchc.report;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitInUse;
import vn.gov.cchc.unit.UnitService;
import vn.gov.cchc.unit.UnitsSucceeded;

/**
 * When units are succeeded, their reports not sent yet (draft, awaiting approval, returned) become the successor's,
 * to finish and send; sent and accepted reports stay with the old unit, under the name they were sent with. A
 * successor that already has an unsent report for the same period refuses the move (409), and nothing is recorded.
 */
@ApplicationScoped
public class ReportSuccession {

    @Inject
    UnitService units;

    void onSucceeded(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) UnitsSucceeded event) {
        Unit successor = units.get(event.successorId());
        List<Report> open = Report.list("unit.id in ?1 and state not in ?2 order by id", event.predecessorIds(),
                List.of(ReportState.SENT, ReportState.ACCEPTED));
        for (Report r : open) {
            Report taken = Report.find("schedule = ?1 and periodKey = ?2 and unit = ?3", r.schedule, r.periodKey, successor)
                    .firstResult();
            if (taken != null) {
                throw ProblemException.of(ProblemType.CONFLICT, "predecessorIds", "report.succession.duplicate", successor.name,
                        r.periodKey, r.unit.name);
            }
            r.unit = successor;
            Report.getEntityManager().flush();
        }
    }

    void onDeleteAsked(@Observes UnitInUse ask) {
        ask.add("reports", Report.count("unit.id", ask.unitId()));
    }
}
