package vn.gov.cchc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.deadline.Deadline;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.ScheduleService;
import vn.gov.cchc.report.ReportDtos.ReportPage;
import vn.gov.cchc.report.ReportDtos.ReportSummary;
import vn.gov.cchc.security.ReportAccess;

/** Listing reports: the caller's unit's, and for coordinators the sent ones their province receives. */
@ApplicationScoped
public class ReportList {

    static final Map<String, String> SORTS = Map.of("updatedAt", "r.updatedAt", "period", "r.periodKey", "unit",
            "u.path", "state", "r.state");

    public record Filter(Long unitId, Long planId, Long scheduleId, String periodKey, ReportState state) {
    }

    @Inject
    ReportAccess access;

    @Inject
    DeadlineService deadlines;

    @Inject
    ScheduleService schedules;

    @Inject
    ReportViews views;

    @Inject
    EntityManager em;

    @Transactional
    public ReportPage list(Filter f, PageRequest paging, Locale locale) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder();
        ReportAccess.ListScope scope = access.listScope();
        if (scope.all()) {
            where.append("1 = 1");
        } else {
            if (scope.nothing()) {
                return new ReportPage(List.of(), paging.page(), paging.size(), 0);
            }
            List<String> parts = new ArrayList<>();
            if (scope.ownUnitId() != null) {
                parts.add("u.id = :own");
                params.and("own", scope.ownUnitId());
            }
            if (scope.receiverPath() != null) {
                // the schedules received in scope first (a few per plan): named by id, the report's own indexes find
                // their reports (6 ms for a province's 3,300 at nation scale); joined through the schedule's
                // receiver, every report of the country was walked to test the OR (30 ms)
                List<Long> received = schedules.receivedWithin(scope.receiverPath());
                if (!received.isEmpty()) {
                    parts.add("(r.schedule.id in :received and r.sentOn is not null)");
                    params.and("received", received);
                }
            }
            if (parts.isEmpty()) {
                return new ReportPage(List.of(), paging.page(), paging.size(), 0);
            }
            where.append("(").append(String.join(" or ", parts)).append(")");
        }
        if (f.unitId() != null) {
            where.append(" and u.id = :unit");
            params.and("unit", f.unitId());
        }
        if (f.planId() != null) {
            where.append(" and r.plan.id = :plan");
            params.and("plan", f.planId());
        }
        if (f.scheduleId() != null) {
            where.append(" and r.schedule.id = :schedule");
            params.and("schedule", f.scheduleId());
        }
        if (f.periodKey() != null) {
            where.append(" and r.periodKey = :period");
            params.and("period", f.periodKey());
        }
        if (f.state() != null) {
            where.append(" and r.state = :state");
            params.and("state", f.state());
        }
        var count = em.createQuery("select count(r) from Report r join r.unit u where " + where, Long.class);
        // the page's ids first, sorted without the rows' texts; then those rows with the unit, plan and schedule each
        // shows in one query (sorted with them, every match's plan texts went through the sort)
        var ids = em.createQuery("select r.id from Report r join r.unit u where " + where + " order by "
                + paging.sortProperty() + (paging.ascending() ? " asc" : " desc") + ", r.id desc", Long.class);
        params.map().forEach((k, v) -> {
            count.setParameter(k, v);
            ids.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Long> page = ids.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        List<Report> found = page.isEmpty() ? List.of()
                : PageRequest.inOrderOf(page, em.createQuery("select r from Report r join fetch r.unit join fetch r.plan"
                        + " join fetch r.schedule where r.id in :ids", Report.class).setParameter("ids", page).getResultList(), r -> r.id);
        // every row's due date from one query
        Map<String, Deadline> due = deadlines.reportDeadlines(found.stream().map(r -> r.plan.id).distinct().toList(),
                found.stream().map(ReportList::deadlineKey).toList());
        List<ReportSummary> items = found.stream().map(r -> {
            Deadline d = due.get(deadlineKey(r));
            return views.summary(r, d == null ? null : d.dueOn, locale);
        }).toList();
        return new ReportPage(items, paging.page(), paging.size(), total);
    }

    private static String deadlineKey(Report r) {
        return DeadlineService.reportKey(r.schedule.id, r.periodKey, r.unit.id);
    }
}
