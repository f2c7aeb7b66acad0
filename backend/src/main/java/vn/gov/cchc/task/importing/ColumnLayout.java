package vn.gov.cchc.task.importing;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.common.table.CellText;
import vn.gov.cchc.common.table.SourceRow;

/**
 * Where the columns of the table are, told by its header row: the first row whose first non-empty cell is "TT" or
 * "STT"; the cells after it are named by their words ("chủ trì" is the lead, "phối hợp" the cooperating units, "thời
 * gian"/"thời hạn" the timeframe, "sản phẩm"/"kết quả"/"đầu ra" the output, "nội dung" the content, else the column
 * after TT). Without a header the usual order TT, content, lead, cooperating, timeframe, output is assumed.
 */
final class ColumnLayout {

    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\)?$");

    private final Map<Column, Integer> columns;

    private ColumnLayout(Map<Column, Integer> columns) {
        this.columns = columns;
    }

    /**
     * The layout of a table and the index of its first row below the header; without a header, the first row that
     * starts a task or section, and a NO_HEADER problem when rows come before it.
     */
    record Located(ColumnLayout layout, int start, ImportProblem noHeader) {
    }

    static Located locate(List<SourceRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (isHeader(rows.get(i))) {
                return new Located(fromHeader(rows.get(i)), i + 1, null);
            }
        }
        Map<Column, Integer> usual = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            usual.put(c, c.ordinal());
        }
        int start = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (TtCell.of(rows.get(i).cell(0)).numbered()) {
                start = i;
                break;
            }
        }
        ImportProblem noHeader = null;
        if (start != 0 && !rows.isEmpty()) {
            SourceRow first = rows.get(0);
            noHeader = new ImportProblem(0, null,
                    CellText.abbreviate(first.cell(first.firstNonEmpty()), AppendixReader.QUOTE_CHARS),
                    ImportProblemCode.NO_HEADER);
        }
        return new Located(new ColumnLayout(usual), start < 0 ? rows.size() : start, noHeader);
    }

    /** The index of the column in a row, or null when the table has no such column. */
    Integer index(Column column) {
        return columns.get(column);
    }

    /** A (possibly repeated, at a page break) header row. */
    static boolean isHeader(SourceRow row) {
        int first = row.firstNonEmpty();
        if (first < 0) {
            return false;
        }
        String c = compact(row.cell(first));
        return c.equals("tt") || c.equals("stt") || c.equals("sott") || c.equals("sothutu");
    }

    /** A row such as "1 2 3 4 5" or "(1) (2) (3) (4) (5)" under the header. */
    static boolean isColumnNumbers(SourceRow row) {
        int expected = 1;
        for (String cell : row.cells()) {
            if (cell.isEmpty()) {
                continue;
            }
            Matcher m = COLUMN_NUMBER.matcher(cell);
            if (!m.matches() || Integer.parseInt(m.group(1)) != expected) {
                return false;
            }
            expected++;
        }
        return expected > 3;
    }

    private static ColumnLayout fromHeader(SourceRow header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        int tt = header.firstNonEmpty();
        columns.put(Column.TT, tt);
        for (int i = tt + 1; i < header.cells().size(); i++) {
            String h = TextNormalizer.unaccent(header.cell(i)).replaceAll("[^a-z0-9]+", " ");
            Column role = h.contains("chu tri") ? Column.LEAD
                    : h.contains("phoi hop") ? Column.COOPERATING
                    : h.contains("thoi gian") || h.contains("thoi han") ? Column.TIMEFRAME
                    : h.contains("san pham") || h.contains("ket qua") || h.contains("dau ra") ? Column.OUTPUT
                    : h.contains("noi dung") ? Column.CONTENT
                    : null;
            if (role != null) {
                columns.putIfAbsent(role, i);
            }
        }
        Set<Integer> used = new HashSet<>(columns.values());
        if (!columns.containsKey(Column.CONTENT) && !used.contains(tt + 1)) {
            columns.put(Column.CONTENT, tt + 1);
        }
        return new ColumnLayout(columns);
    }

    private static String compact(String s) {
        return TextNormalizer.unaccent(s).replaceAll("[^a-z0-9]+", "");
    }
}
