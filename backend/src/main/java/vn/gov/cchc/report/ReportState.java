package vn.gov.cchc.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportState", description = """
        DRAFT (the unit's officers write it) → AWAITING_APPROVAL (submitted to the unit's leader) → SENT (approved by the
        leader and sent to the receiving unit: this meets the report deadline) → ACCEPTED (by the receiving coordinator:
        read-only) or RETURNED (with a reason: editable again, to be resubmitted).""")
public enum ReportState {
    DRAFT,
    AWAITING_APPROVAL,
    SENT,
    ACCEPTED,
    RETURNED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean received() {
        return this == SENT || this == ACCEPTED;
    }
}
