package vn.gov.cchc.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.calendar.WorkingCalendar;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.PageRequest;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.common.ProblemType;
import vn.gov.cchc.deadline.Deadline;
import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.deadline.Periods;
import vn.gov.cchc.deadline.ReportSchedule;
import vn.gov.cchc.deadline.ScheduleService;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.plan.PlanStatus;
import vn.gov.cchc.reference.ReferenceService;
import vn.gov.cchc.reference.RefList;
import vn.gov.cchc.report.ReportDtos.EventView;
import vn.gov.cchc.report.ReportDtos.EvidenceView;
import vn.gov.cchc.report.ReportDtos.FigureView;
import vn.gov.cchc.report.ReportDtos.ItemInput;
import vn.gov.cchc.report.ReportDtos.ItemView;
import vn.gov.cchc.report.ReportDtos.Permissions;
import vn.gov.cchc.report.ReportDtos.ReportInput;
import vn.gov.cchc.report.ReportDtos.ReportPage;
import vn.gov.cchc.report.ReportDtos.ReportSummary;
import vn.gov.cchc.report.ReportDtos.ReportView;
import vn.gov.cchc.report.ReportDtos.TransitionResult;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.Roles;
import vn.gov.cchc.task.AssignmentRole;
import vn.gov.cchc.task.Task;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskService;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitService;

/**
 * Periodic reports: a unit's officers write one per schedule period, its leader approves and sends
 * it (meeting the deadline), the receiving unit's coordinators accept or return it. A unit never
 * sees another unit's reports; coordinators see them once sent.
 */
@ApplicationScoped
public class ReportService {

    static final Map<String, String> SORTS = Map.of("updatedAt", "r.updatedAt", "period", "r.periodKey", "unit",
            "u.path", "state", "r.state");

    @Inject
    ScheduleService schedules;

    @Inject
    DeadlineService deadlines;

    @Inject
    TaskService tasks;

    @Inject
    UnitService units;

    @Inject
    CalendarService calendars;

    @Inject
    TimeService time;

    @Inject
    ReferenceService references;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    // ---------------------------------------------------------------- who may do what

    /** The caller belongs to the report's unit as an officer or leader. */
    boolean isMember(Unit unit) {
        return user.hasAny(Roles.OFFICER, Roles.LEADER) && user.unit().map(u -> u.id.equals(unit.id)).orElse(false);
    }

    boolean isLeader(Unit unit) {
        return user.has(Roles.LEADER) && user.unit().map(u -> u.id.equals(unit.id)).orElse(false);
    }

    /** The caller coordinates the province of the unit receiving the report (or is an administrator). */
    boolean isReceiver(Report r) {
        if (user.isAdmin()) {
            return true;
        }
        Unit receiver = r.schedule.receivingUnit;
        return user.has(Roles.COORDINATOR) && receiver != null
                && user.writeScope().map(scope -> scope.contains(receiver)).orElse(false);
    }

    /** Its unit sees it always; the receiving coordinators once it has been sent. */
    boolean maySee(Report r) {
        return user.isAdmin() || isMember(r.unit) || (isReceiver(r) && r.sentOn != null);
    }

    Report visible(long id) {
        Report r = Report.findById(id);
        if (r == null || !maySee(r)) {
            throw ProblemException.notFound("report", id);
        }
        return r;
    }

    Permissions permissions(Report r) {
        boolean member = isMember(r.unit) || user.isAdmin();
        boolean leader = isLeader(r.unit) || user.isAdmin();
        boolean receiver = isReceiver(r);
        return new Permissions(member && r.state.editable(), member && r.state.editable(),
                leader && r.state == ReportState.AWAITING_APPROVAL, leader && r.state == ReportState.AWAITING_APPROVAL,
                receiver && r.state == ReportState.SENT, receiver && r.state == ReportState.SENT);
    }

    // ---------------------------------------------------------------- creating and writing

    @Transactional
    public ReportView create(long scheduleId, String periodKey, Long unitId, Locale locale) {
        ReportSchedule schedule;
        try {
            schedule = schedules.visible(scheduleId);
        } catch (ProblemException e) {
            // a schedule the caller may not see answers as if it did not exist, as it would in a path
            throw ProblemException.of(ProblemType.NOT_FOUND, "scheduleId", "error.not-found.schedule", scheduleId);
        }
        Unit unit = unitId == null ? user.unit().orElseThrow(() -> ProblemException.invalidField("unitId", "task.unit.required"))
                : units.find(unitId).orElseThrow(() -> ProblemException.invalidField("unitId", "plan.unit.unknown", unitId));
        if (!isMember(unit) && !user.isAdmin()) {
            throw ProblemException.forbidden("report.forbidden.write");
        }
        if (schedule.plan.status != PlanStatus.ISSUED) {
            throw ProblemException.invalidState(List.of(), "report.plan-not-issued");
        }
        WorkingCalendar calendar = calendars.calendar();
        boolean periodExists = Periods.of(schedule, schedule.plan.year, calendar).stream()
                .anyMatch(o -> o.key().equals(periodKey));
        if (!periodExists) {
            throw ProblemException.invalidField("periodKey", "report.period.outside", periodKey, schedule.plan.year);
        }
        if (deadlines.reportDeadline(schedule.plan.id, schedule.id, periodKey, unit.id).isEmpty()) {
            throw ProblemException.invalidField("unitId", "report.unit.not-expected", unit.name);
        }
        Report existing = Report.find("schedule = ?1 and periodKey = ?2 and unit = ?3", schedule, periodKey, unit)
                .firstResult();
        if (existing != null) {
            throw ProblemException.of(ProblemType.CONFLICT, "periodKey", "report.duplicate", unit.name,
                    Periods.label(periodKey, locale), String.valueOf(existing.id));
        }
        Report r = new Report();
        r.plan = schedule.plan;
        r.schedule = schedule;
        r.periodKey = periodKey;
        r.unit = unit;
        r.createdBy = user.username();
        int position = 0;
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        for (Task t : tasks.tasksOf(schedule.plan)) {
            if (tasks.unitsOf(t, cache).containsKey(unit)) {
                ReportItem item = new ReportItem();
                item.report = r;
                item.task = t;
                item.position = position++;
                r.items.add(item);
            }
        }
        try {
            r.persistAndFlush();
        } catch (PersistenceException e) {
            throw ProblemException.of(ProblemType.CONFLICT, "periodKey", "report.duplicate", unit.name,
                    Periods.label(periodKey, locale), "?");
        }
        event(r, ReportAction.CREATE, null, ReportState.DRAFT, null);
        return view(r, calendar, locale);
    }

    @Transactional
    public ReportView update(long id, String ifMatch, ReportInput in, Locale locale) {
        Report r = visible(id);
        if (!isMember(r.unit) && !user.isAdmin()) {
            throw ProblemException.forbidden("report.forbidden.write");
        }
        Etags.requireMatch(ifMatch, r.version);
        if (!r.state.editable()) {
            throw ProblemException.invalidState(allowed(r), "report.state.not-editable", r.state);
        }
        if (in.items() != null) {
            Map<Long, ReportItem> byTask = new HashMap<>();
            r.items.forEach(i -> byTask.put(i.task.id, i));
            Set<String> metrics = references.codes(RefList.METRIC);
            for (int i = 0; i < in.items().size(); i++) {
                ItemInput ii = in.items().get(i);
                ReportItem item = byTask.get(ii.taskId());
                if (item == null) {
                    throw ProblemException.invalidField("items[" + i + "].taskId", "report.item.unknown-task", ii.taskId());
                }
                item.status = ii.status();
                item.percent = ii.status() == TaskStatus.DONE && ii.percent() == null ? Integer.valueOf(100) : ii.percent();
                item.output = blankToNull(ii.output());
                item.figures.clear();
                if (ii.figures() != null) {
                    for (Map.Entry<String, Long> f : ii.figures().entrySet()) {
                        if (!metrics.contains(f.getKey())) {
                            throw ProblemException.invalidField("items[" + i + "].figures." + f.getKey(), "error.json.enum",
                                    f.getKey(), String.join(", ", references.items(RefList.METRIC).stream()
                                            .map(ReferenceService.Item::code).toList()));
                        }
                        item.figures.put(f.getKey(), f.getValue());
                    }
                }
            }
        }
        r.results = blankToNull(in.results());
        r.shortcomings = blankToNull(in.shortcomings());
        r.difficulties = blankToNull(in.difficulties());
        r.proposals = blankToNull(in.proposals());
        r.updatedAt = Instant.now();
        em.flush();
        return view(r, calendars.calendar(), locale);
    }

    @Transactional
    public ReportView read(long id, Locale locale) {
        return view(visible(id), calendars.calendar(), locale);
    }

    // ---------------------------------------------------------------- workflow

    @Transactional
    public TransitionResult transition(long id, ReportAction action, String ifMatch, String comment, Locale locale) {
        Report r = visible(id);
        Etags.checkMatch(ifMatch, r.version);
        ReportState from = r.state;
        ReportState to = switch (action) {
            case SUBMIT -> ReportState.AWAITING_APPROVAL;
            case SEND_BACK -> ReportState.DRAFT;
            case APPROVE -> ReportState.SENT;
            case ACCEPT -> ReportState.ACCEPTED;
            case RETURN -> ReportState.RETURNED;
            case CREATE -> throw new IllegalArgumentException();
        };
        boolean mayAct = switch (action) {
            case SUBMIT -> isMember(r.unit) || user.isAdmin();
            case SEND_BACK, APPROVE -> isLeader(r.unit) || user.isAdmin();
            case ACCEPT, RETURN -> isReceiver(r);
            case CREATE -> false;
        };
        if (!mayAct) {
            throw ProblemException.forbidden("report.forbidden." + action.name().toLowerCase(Locale.ROOT));
        }
        // asking for the state it is already in changes nothing, and says so
        if (from == to && action != ReportAction.SEND_BACK) {
            String when = r.sentOn == null ? "" : r.sentOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            return new TransitionResult(view(r, calendars.calendar(), locale), false,
                    Messages.get(locale, "report.transition.already." + to.name(), when));
        }
        boolean allowedFrom = switch (action) {
            case SUBMIT -> from.editable();
            case SEND_BACK, APPROVE -> from == ReportState.AWAITING_APPROVAL;
            case ACCEPT, RETURN -> from == ReportState.SENT;
            case CREATE -> false;
        };
        if (!allowedFrom) {
            throw ProblemException.invalidState(allowed(r), "report.transition.not-allowed", action, from);
        }
        String text = blankToNull(comment);
        if ((action == ReportAction.SEND_BACK || action == ReportAction.RETURN) && text == null) {
            throw ProblemException.invalidField("comment", "report.transition.comment-required");
        }
        r.state = to;
        r.updatedAt = Instant.now();
        switch (action) {
            case APPROVE -> {
                r.sentOn = time.today();
                r.sentAt = Instant.now();
                r.sentBy = user.username();
                r.returnReason = null;
                deadlines.reportSent(r.plan.id, r.schedule.id, r.periodKey, r.unit.id, r.sentOn, "report:" + r.id,
                        user.username());
            }
            case RETURN -> {
                r.returnReason = text;
                deadlines.reportReturned(r.plan.id, r.schedule.id, r.periodKey, r.unit.id);
            }
            case ACCEPT -> {
                r.acceptedAt = Instant.now();
                r.acceptedBy = user.username();
            }
            default -> {
            }
        }
        em.flush();
        event(r, action, from, to, text);
        return new TransitionResult(view(r, calendars.calendar(), locale), true, null);
    }

    /** The actions possible in the report's state, whoever may take them. */
    static List<String> allowed(Report r) {
        return switch (r.state) {
            case DRAFT, RETURNED -> List.of("update", "submit");
            case AWAITING_APPROVAL -> List.of("approve", "send-back");
            case SENT -> List.of("accept", "return");
            case ACCEPTED -> List.of();
        };
    }

    private void event(Report r, ReportAction action, ReportState from, ReportState to, String comment) {
        ReportEvent e = new ReportEvent();
        e.reportId = r.id;
        e.username = user.username() == null ? "system" : user.username();
        e.displayName = user.username() == null ? null : user.displayName();
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.comment = comment;
        e.persist();
    }

    // ---------------------------------------------------------------- listing

    public record Filter(Long unitId, Long planId, Long scheduleId, String periodKey, ReportState state) {
    }

    @Transactional
    public ReportPage list(Filter f, PageRequest paging, Locale locale) {
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder();
        if (user.isAdmin()) {
            where.append("1 = 1");
        } else {
            List<String> parts = new ArrayList<>();
            Unit own = user.unit().orElse(null);
            if (own != null && user.hasAny(Roles.OFFICER, Roles.LEADER)) {
                parts.add("u.id = :own");
                params.and("own", own.id);
            }
            if (user.has(Roles.COORDINATOR) && user.writeScope().isPresent()) {
                parts.add("(r.schedule.receivingUnit.path like :scope and r.sentOn is not null)");
                params.and("scope", user.writeScope().get().path + "%");
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
        // the unit, plan and schedule each row shows come in the same query, not one query per row
        var select = em.createQuery("select r from Report r join fetch r.unit u join fetch r.plan join fetch r.schedule"
                + " where " + where + " order by " + paging.sortProperty() + (paging.ascending() ? " asc" : " desc")
                + ", r.id desc", Report.class);
        params.map().forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Report> found = select.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        // every row's due date from one query
        Map<String, Deadline> due = deadlines.reportDeadlines(found.stream().map(r -> r.plan.id).distinct().toList(),
                found.stream().map(ReportService::deadlineKey).toList());
        List<ReportSummary> items = found.stream().map(r -> {
            Deadline d = due.get(deadlineKey(r));
            return summary(r, d == null ? null : d.dueOn, locale);
        }).toList();
        return new ReportPage(items, paging.page(), paging.size(), total);
    }

    private static String deadlineKey(Report r) {
        return DeadlineService.reportKey(r.schedule.id, r.periodKey, r.unit.id);
    }

    ReportSummary summary(Report r, LocalDate due, Locale locale) {
        return new ReportSummary(r.id, PlanRef.of(r.plan), new ScheduleRef(r.schedule.id, r.schedule.name), r.periodKey,
                Periods.label(r.periodKey, locale), due, UnitRef.of(r.unit), r.state, r.sentOn, r.updatedAt, r.version);
    }

    // ---------------------------------------------------------------- views

    ReportView view(Report r, WorkingCalendar calendar, Locale locale) {
        Periods.Occurrence o = Periods.of(r.schedule, r.plan.year, calendar).stream()
                .filter(x -> x.key().equals(r.periodKey)).findFirst().orElse(null);
        Deadline d = deadlines.reportDeadline(r.plan.id, r.schedule.id, r.periodKey, r.unit.id).orElse(null);
        LocalDate due = d != null ? d.dueOn : o == null ? null : o.due();
        PeriodView period = new PeriodView(r.periodKey, Periods.label(r.periodKey, locale), o == null ? null : o.start(),
                o == null ? null : o.end(), due, due != null && calendar.isWorkingDay(due), null);
        Map<UnitGroup, List<Unit>> cache = new HashMap<>();
        Map<String, ReferenceService.Item> metrics = new LinkedHashMap<>();
        references.items(RefList.METRIC).forEach(m -> metrics.put(m.code(), m));
        boolean en = Messages.EN.getLanguage().equals(locale.getLanguage());
        List<ItemView> items = r.items.stream().map(i -> {
            AssignmentRole role = tasks.unitsOf(i.task, cache).getOrDefault(r.unit, AssignmentRole.COOPERATING);
            List<FigureView> figures = i.figures.entrySet().stream().map(f -> {
                ReferenceService.Item m = metrics.get(f.getKey());
                return new FigureView(f.getKey(), f.getValue(), m == null ? null : en ? m.measureEn() : m.measureVi());
            }).toList();
            Task t = i.task;
            TargetDto target = t.targetQuantity == null ? null
                    : new TargetDto(t.targetQuantity, t.targetMeasure, t.targetMetric, t.targetPerUnit);
            return new ItemView(TaskService.ref(t), role, target, i.status, i.percent, i.output, figures);
        }).toList();
        List<EvidenceView> evidence = ReportEvidence.<ReportEvidence>list("report = ?1 order by id", r).stream()
                .map(e -> new EvidenceView(e.id, e.taskId, e.kind, e.title, e.url, e.fileName, e.contentType, e.sizeBytes,
                        e.createdAt)).toList();
        List<EventView> history = ReportEvent.<ReportEvent>list("reportId = ?1 order by at, id", r.id).stream()
                .map(e -> new EventView(e.at, e.username, e.displayName, e.action, e.fromState, e.toState, e.comment))
                .toList();
        Boolean onTime = r.sentOn == null || due == null ? null : !r.sentOn.isAfter(due);
        return new ReportView(r.id, PlanRef.of(r.plan), new ScheduleRef(r.schedule.id, r.schedule.name), period,
                UnitRef.of(r.unit), UnitRef.of(r.schedule.receivingUnit), r.state, items, r.results, r.shortcomings,
                r.difficulties, r.proposals, evidence, r.sentOn, onTime, r.returnReason, history, r.version,
                permissions(r));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
