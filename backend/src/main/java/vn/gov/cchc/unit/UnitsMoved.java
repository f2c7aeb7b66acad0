package vn.gov.cchc.unit;

import java.util.List;

/** Units moved to another place in the tree (a unit and everything below it): the groups above them are others now. */
public record UnitsMoved(List<Long> unitIds) {
    public UnitsMoved {
        unitIds = List.copyOf(unitIds);
    }
}
