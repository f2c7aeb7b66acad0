package vn.gov.cchc.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentRole", description = "LEAD (đơn vị chủ trì) or COOPERATING (đơn vị phối hợp)")
public enum AssignmentRole {
    LEAD,
    COOPERATING
}
