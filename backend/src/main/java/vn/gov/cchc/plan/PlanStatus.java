package vn.gov.cchc.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanStatus",
        description = "DRAFT (dự thảo: editable, visible only inside the issuing unit's tree and to its coordinators) → ISSUED (đã ban hành: numbered, read-only, visible to the units below) → CLOSED (đã kết thúc)")
public enum PlanStatus {
    DRAFT,
    ISSUED,
    CLOSED;

    public boolean published() {
        return this != DRAFT;
    }
}
