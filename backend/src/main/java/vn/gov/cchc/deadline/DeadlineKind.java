package vn.gov.cchc.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineKind",
        description = "IMPLEMENTING_PLAN (issue the unit's own plan), REPORT (send a periodic report), TASK (carry out a task of the appendix)")
public enum DeadlineKind {
    IMPLEMENTING_PLAN,
    REPORT,
    TASK
}
