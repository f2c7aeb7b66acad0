package vn.gov.cchc.task;

import java.util.EnumSet;
import java.util.Set;

import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.UnitKind;

/**
 * Which units a group names, by kind, below the plan's issuing unit. A province plan's "UBND cấp
 * xã" falls on its communes; a commune plan's "các cơ quan, đơn vị" on the commune's divisions and
 * villages. Groups are expanded when asked, so units created later are included.
 */
public final class UnitGroups {

    private UnitGroups() {
    }

    /** The kinds a group names in a plan issued by a unit of kind {@code issuerKind}. */
    public static Set<UnitKind> kinds(UnitGroup group, UnitKind issuerKind) {
        boolean communeLevel = issuerKind == UnitKind.COMMUNE || issuerKind == UnitKind.COMMUNE_DIVISION;
        if (communeLevel) {
            return switch (group) {
                case DEPARTMENTS -> EnumSet.of(UnitKind.COMMUNE_DIVISION);
                case ALL_LOCAL -> EnumSet.of(UnitKind.COMMUNE_DIVISION, UnitKind.VILLAGE);
                case COMMUNES, PUBLIC_SERVICE_UNITS, RELATED -> EnumSet.noneOf(UnitKind.class);
            };
        }
        return switch (group) {
            case DEPARTMENTS -> EnumSet.of(UnitKind.DEPARTMENT);
            case COMMUNES -> EnumSet.of(UnitKind.COMMUNE);
            case ALL_LOCAL -> EnumSet.of(UnitKind.DEPARTMENT, UnitKind.PUBLIC_SERVICE_UNIT, UnitKind.MEDIA,
                    UnitKind.COMMUNE);
            case PUBLIC_SERVICE_UNITS -> EnumSet.of(UnitKind.PUBLIC_SERVICE_UNIT, UnitKind.MEDIA);
            case RELATED -> EnumSet.noneOf(UnitKind.class);
        };
    }
}
