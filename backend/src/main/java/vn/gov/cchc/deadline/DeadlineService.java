package vn.gov.cchc.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlinePage;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;
import vn.gov.cchc.plan.Plan;

/**
 * What other features and the resources ask of deadlines, in one place: the work is done by
 * {@link DeadlineDerivation} (what plans expect of units), {@link DeadlineQueries} (lists, states,
 * lookups) and {@link DeadlineCompletion} (reports sent or returned, tasks done).
 */
@ApplicationScoped
public class DeadlineService {

    static final Map<String, String> SORTS = DeadlineQueries.SORTS;

    @Inject
    DeadlineDerivation derivation;

    @Inject
    DeadlineQueries queries;

    @Inject
    DeadlineCompletion completion;

    public record Filter(Long unitId, boolean subtree, DeadlineKind kind, DeadlineState state, Long planId,
            LocalDate from, LocalDate to) {
    }

    // ---------------------------------------------------------------- deriving

    /** Derives again the deadlines of every issued plan (after a calendar change). */
    public void reconcileAll() {
        derivation.reconcileAll();
    }

    /** Derives again one plan's deadlines (after a schedule change). */
    public void reconcile(Plan plan) {
        derivation.reconcile(plan);
    }

    // ---------------------------------------------------------------- reading

    public DeadlineView read(long id, Locale locale) {
        return queries.read(id, locale);
    }

    public DeadlinePage list(Filter f, PageRequest paging, Locale locale) {
        return queries.list(f, paging, locale);
    }

    /** Every deadline matching the filter (for exports and feeds), at most {@code max}. */
    public List<DeadlineView> all(Filter f, int max, Locale locale) {
        return queries.all(f, max, locale);
    }

    /** For the calendar feed: a unit's deadlines (and its subtree's), with no caller. */
    public List<DeadlineView> forFeed(vn.gov.cchc.unit.Unit unit, boolean subtree, Locale locale) {
        return queries.forFeed(unit, subtree, locale);
    }

    public int leadWorkingDays() {
        return queries.leadWorkingDays();
    }

    /** The natural key of a unit's report deadline for a schedule's period. */
    public static String reportKey(long scheduleId, String periodKey, long unitId) {
        return "REPORT:" + scheduleId + ":" + periodKey + ":" + unitId;
    }

    /** The report deadline of a unit for a schedule's period, if the plan expects that report. */
    public Optional<Deadline> reportDeadline(long planId, long scheduleId, String periodKey, long unitId) {
        return queries.reportDeadline(planId, scheduleId, periodKey, unitId);
    }

    /**
     * Several report deadlines in one query (for a page of reports), by {@link #reportKey}: plans
     * and keys are those of the reports; a key without a deadline is absent from the map.
     */
    public Map<String, Deadline> reportDeadlines(Collection<Long> planIds, Collection<String> keys) {
        return queries.reportDeadlines(planIds, keys);
    }

    /** The report deadlines of a schedule's period (every unit expected to report). */
    public List<Deadline> reportDeadlines(long scheduleId, String periodKey) {
        return queries.reportDeadlines(scheduleId, periodKey);
    }

    // ---------------------------------------------------------------- completing

    /**
     * The hook reports call when a unit sends a period's report: meets that deadline on the day
     * sent (on time or late). Returns false when there is no such deadline.
     */
    public boolean reportSent(long planId, long scheduleId, String periodKey, long unitId, LocalDate sentOn,
            String reportRef, String username) {
        return completion.reportSent(planId, scheduleId, periodKey, unitId, sentOn, reportRef, username);
    }

    /** The hook reports call when a sent report is returned: the deadline is open again until it is sent again. */
    public void reportReturned(long planId, long scheduleId, String periodKey, long unitId) {
        completion.reportReturned(planId, scheduleId, periodKey, unitId);
    }

    /** A unit marks its task done for this due date, with its output. */
    public DeadlineView complete(long id, String output, LocalDate completedOn, Locale locale) {
        return completion.complete(id, output, completedOn, locale);
    }
}
