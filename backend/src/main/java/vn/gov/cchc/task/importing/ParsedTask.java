package vn.gov.cchc.task.importing;

import java.util.List;

/**
 * One task read from an appendix table.
 *
 * <p>{@code sectionCode}/{@code sectionTitle} are null when the task comes before any section row. The text fields
 * ({@code content}, {@code leadText}, {@code cooperatingText}, {@code timeframeText}, {@code outputText}) are never
 * null: empty when the cell is empty or the column is absent. Line breaks inside cells are kept as "\n".
 *
 * @param sourceRows the 1-based row numbers (lines of the TSV where the row starts; rows of the sheet) it came from
 */
public record ParsedTask(String sectionCode, String sectionTitle, int orderNo, String content, String leadText,
        String cooperatingText, String timeframeText, String outputText, List<Integer> sourceRows) {

    public ParsedTask {
        sourceRows = List.copyOf(sourceRows);
    }
}
