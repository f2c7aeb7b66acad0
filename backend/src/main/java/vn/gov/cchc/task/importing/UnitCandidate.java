package vn.gov.cchc.task.importing;

import vn.gov.cchc.unit.UnitKind;

/**
 * A unit that may be named in a cell.
 *
 * @param provinceName the name of the enclosing unit that may be omitted when the unit is named, e.g. "Phú Thọ" for
 *                     "Sở Nội vụ tỉnh Phú Thọ", or "xã Năm Dẩn" for "Phòng Văn hóa – Xã hội xã Năm Dẩn"; may be null
 */
public record UnitCandidate(long id, String name, String shortName, UnitKind kind, String provinceName) {
}
