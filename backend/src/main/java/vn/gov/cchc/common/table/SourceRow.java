package vn.gov.cchc.common.table;

import java.util.List;
import java.util.Set;

/**
 * A row of the source (pasted text or sheet): its 1-based line or row number, its cleaned cells, the columns whose
 * value comes from a vertical merge above (always empty for pasted text).
 */
public record SourceRow(int rowNo, List<String> cells, Set<Integer> mergedFromAbove) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    public int firstNonEmpty() {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
