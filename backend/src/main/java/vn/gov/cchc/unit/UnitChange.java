package vn.gov.cchc.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitChange", description = """
        What began a dated state of a unit: CREATED (thành lập), EDITED (short name, official code, coordinating flag or
        order changed), RENAMED (đổi tên), MOVED (chuyển sang đơn vị cấp trên khác), DISSOLVED (giải thể), MERGED (sáp nhập
        vào đơn vị khác). A DISSOLVED or MERGED state is the last one: it covers no day (valid to the day before it begins).""")
public enum UnitChange {
    CREATED,
    EDITED,
    RENAMED,
    MOVED,
    DISSOLVED,
    MERGED
}
