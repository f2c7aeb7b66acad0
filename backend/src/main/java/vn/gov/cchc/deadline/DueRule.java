package vn.gov.cchc.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DueRule", description = """
        When a period's report is due: DAY_OF_LAST_MONTH (day `dueDay` of the period's last month: Phú Thọ's
        "before the 10th of the quarter's last month"), DAY_OF_NEXT_MONTH (day `dueDay` of the month after the
        period: Hưng Yên's "6-month report by 10/07"), WORKING_DAYS_AFTER (`dueWorkingDays` working days after the
        period's figures close), FIXED_DATE (`dueDate`, for one-off or on-request reports). A day that the month does
        not have (31 in June) means the month's last day, and the deadline says so.""")
public enum DueRule {
    DAY_OF_LAST_MONTH,
    DAY_OF_NEXT_MONTH,
    WORKING_DAYS_AFTER,
    FIXED_DATE
}
