package vn.gov.cchc.unit;

import java.util.List;

/**
 * Units joined the tree (siblings created together, or one unit): groups of plans above them now fall on them too.
 * Their obligations are derived for them alone; the other units' cannot change.
 */
public record UnitCreated(List<Long> unitIds) {
    public UnitCreated {
        unitIds = List.copyOf(unitIds);
    }
}
