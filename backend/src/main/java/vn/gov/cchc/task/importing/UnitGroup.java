package vn.gov.cchc.task.importing;

/** A unit group an appendix cell may name instead of a unit. */
public enum UnitGroup {
    /** "Các Sở, ban, ngành", "các sở, ban, ngành tỉnh", "Sở, ban, ngành". */
    DEPARTMENTS,
    /** "UBND cấp xã", "UBND các xã, phường", "Ủy ban nhân dân cấp xã", "các xã, phường", "UBND xã, phường". */
    COMMUNES,
    /** "Các cơ quan, đơn vị, địa phương" (also "cơ quan, đơn vị, địa phương", "các địa phương, đơn vị"). */
    ALL_LOCAL,
    /** "các đơn vị sự nghiệp công lập", "ĐVSNCL", "đơn vị SNCL". */
    PUBLIC_SERVICE_UNITS,
    /** "Các cơ quan, đơn vị liên quan", "cơ quan liên quan", "các đơn vị liên quan": kept as written, falls on nobody, not a problem. */
    RELATED
}
