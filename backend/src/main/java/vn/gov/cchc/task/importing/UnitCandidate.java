package vn.gov.cchc.task.importing;

import vn.gov.cchc.unit.UnitKind;

/**
 * A unit that may be named in a cell.
 *
 * @param provinceName the name of the enclosing unit that may be omitted when the unit is named, e.g. "Phú Thọ" for
 *                     "Sở Nội vụ tỉnh Phú Thọ", or "xã Năm Dẩn" for "Phòng Văn hóa – Xã hội xã Năm Dẩn"; may be null
 * @param officialCode its code in the national list of administrative units (unit.official_code), or null
 * @param officialName its name in the national list ("Xã Năm Dẩn"), or null
 */
public record UnitCandidate(long id, String name, String shortName, UnitKind kind, String provinceName, String officialCode,
        String officialName) {

    public UnitCandidate(long id, String name, String shortName, UnitKind kind, String provinceName) {
        this(id, name, shortName, kind, provinceName, null, null);
    }
}
