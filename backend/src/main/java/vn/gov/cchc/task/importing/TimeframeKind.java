package vn.gov.cchc.task.importing;

/** The granularity of a task's "Thời gian thực hiện" cell. */
public enum TimeframeKind {
    WHOLE_YEAR, ONGOING, MONTHLY, QUARTERLY, QUARTERS, DATE, DATE_RANGE, UNSPECIFIED
}
