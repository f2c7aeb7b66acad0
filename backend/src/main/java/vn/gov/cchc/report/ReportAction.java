package vn.gov.cchc.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportAction",
        description = "CREATE, SUBMIT (officer → leader), SEND_BACK (leader → officers, with a comment), APPROVE (leader: sends it), ACCEPT or RETURN (receiving coordinator; RETURN needs a reason)")
public enum ReportAction {
    CREATE,
    SUBMIT,
    SEND_BACK,
    APPROVE,
    ACCEPT,
    RETURN
}
