package vn.gov.cchc.unit;

/** A unit joined the tree: groups of plans above it now fall on it too. */
public record UnitCreated(long unitId) {
}
