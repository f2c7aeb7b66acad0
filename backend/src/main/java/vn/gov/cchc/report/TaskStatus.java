package vn.gov.cchc.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskProgress", description = "NOT_STARTED, IN_PROGRESS or DONE")
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
