package vn.gov.cchc.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.gov.cchc.calendar.CalendarService;
import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.deadline.DeadlineService;
import vn.gov.cchc.report.ReportDtos.TransitionResult;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.ReportAccess;

/**
 * The report workflow as one table: for each action, the states it may start from, the state it
 * leads to, who may take it, whether it needs a comment, and its effect.
 *
 * <pre>
 * action     from                 to                 actor     comment  effect
 * SUBMIT     DRAFT, RETURNED      AWAITING_APPROVAL  member    no       -
 * SEND_BACK  AWAITING_APPROVAL    DRAFT              leader    yes      -
 * APPROVE    AWAITING_APPROVAL    SENT               leader    no       sent today: the report deadline is met
 * ACCEPT     SENT                 ACCEPTED           receiver  no       accepted, locked
 * RETURN     SENT                 RETURNED           receiver  yes      the deadline is open again
 * </pre>
 */
@ApplicationScoped
public class ReportWorkflow {

    /** Who may take a step, as the report access rules say. */
    enum Actor {
        MEMBER((a, r) -> a.mayWrite(r.unit)),
        LEADER((a, r) -> a.mayApprove(r.unit)),
        RECEIVER((a, r) -> a.mayReceive(r.schedule.receivingUnit));

        private final BiPredicate<ReportAccess, Report> may;

        Actor(BiPredicate<ReportAccess, Report> may) {
            this.may = may;
        }

        boolean may(ReportAccess access, Report r) {
            return may.test(access, r);
        }
    }

    enum Effect {
        NONE, SENT, ACCEPTED, RETURNED
    }

    record Step(ReportAction action, Set<ReportState> from, ReportState to, Actor actor, boolean commentRequired,
            Effect effect) {
        String slug() {
            return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final Map<ReportAction, Step> STEPS = new LinkedHashMap<>();

    static {
        add(new Step(ReportAction.SUBMIT, EnumSet.of(ReportState.DRAFT, ReportState.RETURNED),
                ReportState.AWAITING_APPROVAL, Actor.MEMBER, false, Effect.NONE));
        add(new Step(ReportAction.APPROVE, EnumSet.of(ReportState.AWAITING_APPROVAL), ReportState.SENT, Actor.LEADER,
                false, Effect.SENT));
        add(new Step(ReportAction.SEND_BACK, EnumSet.of(ReportState.AWAITING_APPROVAL), ReportState.DRAFT,
                Actor.LEADER, true, Effect.NONE));
        add(new Step(ReportAction.ACCEPT, EnumSet.of(ReportState.SENT), ReportState.ACCEPTED, Actor.RECEIVER, false,
                Effect.ACCEPTED));
        add(new Step(ReportAction.RETURN, EnumSet.of(ReportState.SENT), ReportState.RETURNED, Actor.RECEIVER, true,
                Effect.RETURNED));
    }

    private static void add(Step s) {
        STEPS.put(s.action(), s);
    }

    /** The actions possible in a state, whoever may take them ("update" where the content is editable). */
    static List<String> allowed(ReportState state) {
        List<String> out = new java.util.ArrayList<>();
        if (state.editable()) {
            out.add("update");
        }
        STEPS.values().stream().filter(s -> s.from().contains(state)).map(Step::slug).forEach(out::add);
        return out;
    }

    /** May the caller take {@code action} on the report now: the step's actor rule and its starting states. */
    static boolean may(ReportAccess access, ReportAction action, Report r) {
        Step s = STEPS.get(action);
        return s != null && s.from().contains(r.state) && s.actor().may(access, r);
    }

    @Inject
    ReportService reports;

    @Inject
    ReportAccess access;

    @Inject
    CurrentUser user;

    @Inject
    DeadlineService deadlines;

    @Inject
    CalendarService calendars;

    @Inject
    TimeService time;

    @Inject
    ReportViews views;

    @Inject
    EntityManager em;

    @Transactional
    public TransitionResult transition(long id, ReportAction action, String ifMatch, String comment, Locale locale) {
        Step step = STEPS.get(action);
        if (step == null) {
            throw new IllegalArgumentException(String.valueOf(action));
        }
        Report r = reports.visible(id);
        Etags.checkMatch(ifMatch, r.version);
        ReportState from = r.state;
        if (!step.actor().may(access, r)) {
            throw ProblemException.forbidden("report.forbidden." + action.name().toLowerCase(Locale.ROOT));
        }
        // asking for the state it is already in changes nothing, and says so (sending back a draft is refused)
        if (from == step.to() && action != ReportAction.SEND_BACK) {
            String when = r.sentOn == null ? "" : r.sentOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            return new TransitionResult(views.view(r, calendars.calendar(), locale), false,
                    Messages.get(locale, "report.transition.already." + step.to().name(), when));
        }
        if (!step.from().contains(from)) {
            throw ProblemException.invalidState(allowed(from), "report.transition.not-allowed", action, from);
        }
        String text = ReportService.blankToNull(comment);
        if (step.commentRequired() && text == null) {
            throw ProblemException.invalidField("comment", "report.transition.comment-required");
        }
        r.state = step.to();
        r.updatedAt = Instant.now();
        switch (step.effect()) {
            case SENT -> {
                r.sentOn = time.today();
                r.sentAt = Instant.now();
                r.sentBy = user.username();
                r.senderUnitName = r.unit.name;
                r.returnReason = null;
                deadlines.reportSent(r.plan.id, r.schedule.id, r.periodKey, r.unit.id, r.sentOn, "report:" + r.id,
                        user.username());
            }
            case RETURNED -> {
                r.returnReason = text;
                deadlines.reportReturned(r.plan.id, r.schedule.id, r.periodKey, r.unit.id);
            }
            case ACCEPTED -> {
                r.acceptedAt = Instant.now();
                r.acceptedBy = user.username();
            }
            case NONE -> {
            }
        }
        em.flush();
        reports.event(r, action, from, step.to(), text);
        return new TransitionResult(views.view(r, calendars.calendar(), locale), true, null);
    }
}
