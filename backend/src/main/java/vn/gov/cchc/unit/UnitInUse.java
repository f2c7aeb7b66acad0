package vn.gov.cchc.unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Asked (synchronously) before a unit is deleted: each feature that has something of the unit (plans it issued,
 * task assignments, deadlines, reports) adds what, and the unit is then dissolved instead of deleted. unit/ asks
 * through this event because the features depend on unit/, not the other way round.
 */
public final class UnitInUse {

    private final long unitId;
    private final List<String> uses = new ArrayList<>();

    public UnitInUse(long unitId) {
        this.unitId = unitId;
    }

    public long unitId() {
        return unitId;
    }

    /** Records that {@code count} things of {@code what} ("plans", "reports"...) refer to the unit; 0 is ignored. */
    public void add(String what, long count) {
        if (count > 0) {
            uses.add(what + ": " + count);
        }
    }

    public List<String> uses() {
        return List.copyOf(uses);
    }
}
