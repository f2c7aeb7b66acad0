package vn.gov.cchc.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.security.AccessPolicy;
import vn.gov.cchc.security.CurrentUser;

/**
 * Meets deadlines: a report sent (or returned, which opens it again), a task marked done by its unit.
 * Implementing plans are met by {@link DeadlineDerivation} when the unit issues its plan.
 */
@ApplicationScoped
public class DeadlineCompletion {

    @Inject
    DeadlineQueries queries;

    @Inject
    CalendarService calendars;

    @Inject
    TimeService time;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    /**
     * The hook reports call when a unit sends a period's report: meets that deadline on the day
     * sent (on time or late). Returns false when there is no such deadline.
     */
    @Transactional
    public boolean reportSent(long planId, long scheduleId, String periodKey, long unitId, LocalDate sentOn,
            String reportRef, String username) {
        Deadline d = queries.reportDeadline(planId, scheduleId, periodKey, unitId).orElse(null);
        if (d == null) {
            return false;
        }
        d.metOn = sentOn;
        d.metRef = reportRef;
        d.metBy = username;
        d.updatedAt = Instant.now();
        return true;
    }

    /** The hook reports call when a sent report is returned: the deadline is open again until it is sent again. */
    @Transactional
    public void reportReturned(long planId, long scheduleId, String periodKey, long unitId) {
        queries.reportDeadline(planId, scheduleId, periodKey, unitId).ifPresent(d -> {
            d.metOn = null;
            d.metRef = null;
            d.metBy = null;
            d.updatedAt = Instant.now();
        });
    }

    @Transactional
    public DeadlineView complete(long id, String output, LocalDate completedOn, Locale locale) {
        Deadline d = queries.visible(id);
        if (d.kind != DeadlineKind.TASK) {
            throw ProblemException.invalidState(List.of(), "deadline.complete.not-task");
        }
        if (!policy.mayWriteFor(d.unit)) {
            throw ProblemException.forbidden("deadline.complete.forbidden");
        }
        if (d.metOn != null) {
            throw ProblemException.invalidState(List.of(), "deadline.complete.already", d.metOn.toString());
        }
        if (d.plan.status != PlanStatus.ISSUED) {
            throw ProblemException.invalidState(List.of(), "plan.state.not-issued", d.plan.status);
        }
        LocalDate today = time.today();
        LocalDate on = completedOn == null ? today : completedOn;
        if (on.isAfter(today)) {
            throw ProblemException.invalidField("completedOn", "deadline.complete.future");
        }
        d.metOn = on;
        d.output = output.strip();
        d.metBy = user.username();
        d.metRef = "task:" + d.task.id;
        d.updatedAt = Instant.now();
        em.flush();
        return queries.view(d, calendars.calendar(), today, locale);
    }

    /** True when the caller may mark this deadline done now. */
    boolean mayComplete(Deadline d) {
        return d.kind == DeadlineKind.TASK && d.metOn == null && policy.mayWriteFor(d.unit)
                && d.plan.status == PlanStatus.ISSUED;
    }
}
