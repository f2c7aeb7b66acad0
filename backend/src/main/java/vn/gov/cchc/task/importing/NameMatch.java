package vn.gov.cchc.task.importing;

/**
 * One name found in a cell: resolved to a unit, to a group, or unresolved (unitId and group null).
 *
 * @param text as written in the cell (trimmed, without the separators around it)
 */
public record NameMatch(String text, Long unitId, UnitGroup group) {

    public boolean resolved() {
        return unitId != null || group != null;
    }
}
