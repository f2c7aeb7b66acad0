package vn.gov.cchc.task.importing;

/**
 * One name found in a cell: resolved to a unit, to a group, or unresolved (unitId and group null).
 *
 * @param text             as written in the cell (trimmed, without the separators around it)
 * @param suggestedUnitId  for an unresolved name: the unit it names when diacritics, case and a leading "UBND" are
 *                         ignored, offered as a suggestion and never assigned; null when there is none
 */
public record NameMatch(String text, Long unitId, UnitGroup group, Long suggestedUnitId) {

    public NameMatch(String text, Long unitId, UnitGroup group) {
        this(text, unitId, group, null);
    }

    public boolean resolved() {
        return unitId != null || group != null;
    }
}
