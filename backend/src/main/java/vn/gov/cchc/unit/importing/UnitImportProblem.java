package vn.gov.cchc.unit.importing;

/**
 * A problem of a units import.
 *
 * @param row    1-based source row (0 for the whole table)
 * @param column "name", "shortName", "kind", "code", "officialCode", "sortOrder", "coordinating" or null
 * @param text   the offending text, or null
 * @param args   the message's arguments after the text (another unit's name, a limit)
 */
public record UnitImportProblem(int row, String column, String text, UnitImportProblemCode code, Object... args) {
}
