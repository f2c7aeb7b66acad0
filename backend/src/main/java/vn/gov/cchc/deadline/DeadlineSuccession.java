package vn.gov.cchc.deadline;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitInUse;
import vn.gov.cchc.unit.UnitService;
import vn.gov.cchc.unit.UnitsSucceeded;

/**
 * When units are succeeded, their open deadlines (not met, plan not closed) become the successor's, keeping
 * their dates; one the successor already has for the same obligation is kept once. Met and cancelled deadlines
 * stay with the old units. Then the plans concerned are derived again (after task/ moved the assignments), so
 * that group assignments fall on the successor and no longer on the units that ceased.
 */
@ApplicationScoped
public class DeadlineSuccession {

    @Inject
    UnitService units;

    @Inject
    PlanService plans;

    @Inject
    CalendarService calendars;

    @Inject
    DeadlineDerivation derivation;

    void onSucceeded(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) UnitsSucceeded event) {
        Unit successor = units.get(event.successorId());
        Set<Long> planIds = new LinkedHashSet<>();
        List<Deadline> open = Deadline.list("unit.id in ?1 and metOn is null and plan.status <> ?2 order by id",
                event.predecessorIds(), PlanStatus.CLOSED);
        Long successorProvince = units.provinceOf(successor).map(u -> u.id).orElse(null);
        Map<String, Deadline> successors = new HashMap<>();
        for (Deadline d : Deadline.<Deadline>list("unit", successor)) {
            successors.put(d.plan.id + "|" + d.naturalKey, d);
        }
        for (Deadline d : open) {
            planIds.add(d.plan.id);
            String key = successorKey(d.naturalKey, successor.id);
            Deadline there = successors.get(d.plan.id + "|" + key);
            if (there != null) {
                if (there.metOn != null) {
                    // the successor already met it: the predecessor's duplicate goes
                    d.delete();
                    continue;
                }
                // the successor's own copy (derived when it was created) gives way to the one that carries the history
                there.delete();
                Deadline.getEntityManager().flush();
            }
            d.unit = successor;
            d.provinceId = successorProvince;
            d.naturalKey = key;
            d.updatedAt = Instant.now();
            successors.put(d.plan.id + "|" + key, d);
            Deadline.getEntityManager().flush();
        }
        // only the plans whose deadlines moved are derived again (they follow the moved assignments and drop the units
        // that ceased): a new successor was announced when it was created, and its ancestors' plans fanned their groups
        // out to it then; an existing successor already had its share of every group
        WorkingCalendar calendar = calendars.calendar();
        for (Long id : planIds) {
            Plan p = plans.find(id);
            if (p.status == PlanStatus.ISSUED) {
                derivation.reconcile(p, calendar);
            }
        }
    }

    /** The same obligation's key for another unit: every key ends with the unit's id ("REPORT:3:2026-Q1:17"). */
    static String successorKey(String key, long unitId) {
        return key.substring(0, key.lastIndexOf(':') + 1) + unitId;
    }

    void onDeleteAsked(@Observes UnitInUse ask) {
        ask.add("deadlines", Deadline.count("unit.id", ask.unitId()));
    }
}
