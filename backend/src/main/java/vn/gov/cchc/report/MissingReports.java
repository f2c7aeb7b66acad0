package vn.gov.cchc.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.cchc.calendar.TimeService;
import vn.gov.cchc.common.Messages;
import vn.gov.cchc.notification.MailService;
import vn.gov.cchc.notification.NotificationService;
import vn.gov.cchc.notification.Person;
import vn.gov.cchc.notification.PersonDirectory;
import vn.gov.cchc.plan.Plan;
import vn.gov.cchc.plan.PlanService;
import vn.gov.cchc.report.ReportingDtos.Rates;
import vn.gov.cchc.report.ReportingDtos.Reminded;
import vn.gov.cchc.report.ReportingDtos.UnitRate;
import vn.gov.cchc.unit.Unit;
import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.UnitService;

/** Chasing the units that have not sent their report for a period: a notice in the application and an e-mail each. */
@ApplicationScoped
public class MissingReports {

    @Inject
    ReportingRates rates;

    @Inject
    PlanService plans;

    @Inject
    UnitService units;

    @Inject
    TimeService time;

    @Inject
    NotificationService notifications;

    @Inject
    PersonDirectory directory;

    @Inject
    MailService mail;

    /** Only those who may follow the rates may remind (the rates' rule applies). */
    @Transactional
    public Reminded remindMissing(long planId, Long scheduleId, String periodKey, Locale locale) {
        Rates r = rates.rates(planId, scheduleId, periodKey, locale);
        Plan plan = plans.visible(planId);
        LocalDate today = time.today();
        int emails = 0;
        for (UnitRef missing : r.missingUnits()) {
            Unit unit = units.get(missing.id());
            UnitRate rate = r.units().stream().filter(x -> x.unit().id() == missing.id()).findFirst().orElseThrow();
            String period = r.period().label();
            String title = Messages.get(Messages.VI, "reporting.chase.title", period,
                    plan.number() == null ? plan.title : plan.number(),
                    rate.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            notifications.notify(unit, "REPORT_MISSING", title, null, "/reports?planId=" + plan.id, null);
            List<Person> people;
            try {
                people = directory.membersOf(unit.code);
            } catch (RuntimeException e) {
                continue;
            }
            for (Person p : people) {
                String key = "chase:" + r.schedule().id() + ":" + r.period().key() + ":" + p.username() + ":" + today;
                if (mail.enqueue(key, p, "[CCHC] " + title, title + "\n\n"
                        + Messages.get(Messages.VI, "reminder.footer", "/reports"), null)) {
                    emails++;
                }
            }
        }
        return new Reminded(r.missingUnits(), emails);
    }
}
