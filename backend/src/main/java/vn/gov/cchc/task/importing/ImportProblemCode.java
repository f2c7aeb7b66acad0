package vn.gov.cchc.task.importing;

/** What is wrong with an imported appendix (the lead turns these into messages). */
public enum ImportProblemCode {
    NO_TASKS, NO_HEADER, UNKNOWN_UNIT, UNKNOWN_TIMEFRAME, MISSING_LEAD, MISSING_CONTENT, ORPHAN_CONTINUATION,
    DUPLICATE_ORDER, UNREADABLE_FILE, TOO_MANY_ROWS, CELL_TOO_LONG
}
