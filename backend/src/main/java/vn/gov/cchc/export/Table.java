package vn.gov.cchc.export;

import java.util.List;

/**
 * A bordered data table in the body.
 *
 * @param caption        printed centred above the table; may be null
 * @param headers        the header row (bold, centred, repeated on every page)
 * @param rows           the data rows; null cells print empty; cells that look numeric are centred
 * @param totalRow       printed bold as the last row; may be null
 * @param relativeWidths relative column widths, one per column; null (or of the wrong length) for equal widths
 */
public record Table(
        String caption,
        List<String> headers,
        List<List<String>> rows,
        List<String> totalRow,
        int[] relativeWidths) implements Block {
}
