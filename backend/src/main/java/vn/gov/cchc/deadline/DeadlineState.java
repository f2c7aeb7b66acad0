package vn.gov.cchc.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineState",
        description = "OPEN (not due soon), DUE_SOON (within the reminder lead time, 3 working days by default, or due today), OVERDUE, MET_ON_TIME, MET_LATE, CANCELLED (not met when its plan was closed: no longer due, never overdue or reminded; listed only when asked for)")
public enum DeadlineState {
    OPEN,
    DUE_SOON,
    OVERDUE,
    MET_ON_TIME,
    MET_LATE,
    CANCELLED
}
