package vn.gov.cchc.unit.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.gov.cchc.common.TextNormalizer;
import vn.gov.cchc.common.table.SheetRows;
import vn.gov.cchc.common.table.SourceRow;
import vn.gov.cchc.common.table.TsvRows;

/**
 * Reads a table of units (an .xlsx's first sheet, or tab-separated text pasted from Excel or Word) into rows of cells by
 * column. The header row is the first row one of whose cells names the name column ("Tên đơn vị", "Name"); the columns
 * are told by their header, in Vietnamese (case and diacritics ignored) or English, in any order; rows above it (titles)
 * are skipped, and so are repeated header rows.
 */
public final class UnitSheet {

    /** At most this many non-blank rows are read. */
    public static final int MAX_ROWS = 1000;
    private static final int MAX_COLUMNS = 32;
    /** The header row must be among the first rows. */
    private static final int HEADER_WITHIN = 10;

    /** The columns a units table may have. */
    public enum Col {
        NAME("name"), SHORT_NAME("shortName"), KIND("kind"), CODE("code"), OFFICIAL_CODE("officialCode"), SORT_ORDER("sortOrder"),
        COORDINATING("coordinating");

        /** How problems name the column (the field of the row in the API). */
        public final String field;

        Col(String field) {
            this.field = field;
        }
    }

    private static final Map<String, Col> HEADERS = Map.ofEntries(Map.entry("ten don vi", Col.NAME), Map.entry("ten", Col.NAME),
            Map.entry("don vi", Col.NAME), Map.entry("ten co quan", Col.NAME), Map.entry("ten co quan don vi", Col.NAME),
            Map.entry("ten don vi co quan", Col.NAME), Map.entry("name", Col.NAME), Map.entry("unit", Col.NAME),
            Map.entry("unit name", Col.NAME), Map.entry("ten viet tat", Col.SHORT_NAME), Map.entry("viet tat", Col.SHORT_NAME),
            Map.entry("ten ngan", Col.SHORT_NAME), Map.entry("ten goi tat", Col.SHORT_NAME), Map.entry("short name", Col.SHORT_NAME),
            Map.entry("abbreviation", Col.SHORT_NAME), Map.entry("loai", Col.KIND), Map.entry("loai don vi", Col.KIND),
            Map.entry("kind", Col.KIND), Map.entry("type", Col.KIND), Map.entry("ma", Col.CODE), Map.entry("ma don vi", Col.CODE),
            Map.entry("code", Col.CODE), Map.entry("ma dinh danh", Col.OFFICIAL_CODE),
            Map.entry("ma dinh danh dien tu", Col.OFFICIAL_CODE), Map.entry("ma hanh chinh", Col.OFFICIAL_CODE),
            Map.entry("official code", Col.OFFICIAL_CODE), Map.entry("thu tu", Col.SORT_ORDER), Map.entry("stt", Col.SORT_ORDER),
            Map.entry("tt", Col.SORT_ORDER), Map.entry("sort order", Col.SORT_ORDER), Map.entry("order", Col.SORT_ORDER),
            Map.entry("dau moi cchc", Col.COORDINATING), Map.entry("dau moi", Col.COORDINATING),
            Map.entry("dau moi cai cach hanh chinh", Col.COORDINATING), Map.entry("coordinating", Col.COORDINATING),
            Map.entry("coordinator", Col.COORDINATING));

    /** A row of the table: its source row number and its cells by column ("" when empty or absent). */
    public record Row(int rowNo, Map<Col, String> cells) {
        public String cell(Col c) {
            return cells.getOrDefault(c, "");
        }
    }

    /** The rows read, the columns the header has, and the problems that concern the whole table. */
    public record Parse(List<Row> rows, List<Col> columns, List<UnitImportProblem> problems) {
    }

    private UnitSheet() {
    }

    public static Parse readTsv(String text) {
        return interpret(TsvRows.read(text == null ? "" : text, MAX_ROWS, MAX_COLUMNS));
    }

    public static Parse readXlsx(InputStream in) {
        try {
            return interpret(SheetRows.read(in, MAX_ROWS, MAX_COLUMNS));
        } catch (Exception | LinkageError e) {
            return new Parse(List.of(), List.of(), List.of(new UnitImportProblem(0, null, null, UnitImportProblemCode.UNREADABLE_FILE)));
        }
    }

    /** The column a header cell names, or null: case, diacritics, punctuation and a trailing "(*)" ignored. */
    static Col header(String cell) {
        String f = TextNormalizer.fold(cell.replaceAll("\\(.*?\\)|\\*", " "));
        return HEADERS.get(f);
    }

    private static Parse interpret(List<SourceRow> all) {
        List<UnitImportProblem> problems = new ArrayList<>();
        List<SourceRow> rows = all;
        if (rows.size() > MAX_ROWS) {
            problems.add(new UnitImportProblem(0, null, String.valueOf(MAX_ROWS), UnitImportProblemCode.TOO_MANY_ROWS));
            rows = rows.subList(0, MAX_ROWS);
        }
        int headerAt = -1;
        Map<Col, Integer> layout = new EnumMap<>(Col.class);
        for (int i = 0; i < Math.min(HEADER_WITHIN, rows.size()) && headerAt < 0; i++) {
            Map<Col, Integer> found = layout(rows.get(i));
            if (found.containsKey(Col.NAME)) {
                headerAt = i;
                layout = found;
            }
        }
        if (headerAt < 0) {
            problems.add(new UnitImportProblem(0, null, null, rows.isEmpty() ? UnitImportProblemCode.NO_ROWS : UnitImportProblemCode.NO_HEADER));
            return new Parse(List.of(), List.of(), problems);
        }
        List<Row> out = new ArrayList<>();
        for (SourceRow r : rows.subList(headerAt + 1, rows.size())) {
            if (layout(r).equals(layout)) {
                continue; // the header repeated (a page break in a pasted document)
            }
            Map<Col, String> cells = new EnumMap<>(Col.class);
            for (Map.Entry<Col, Integer> e : layout.entrySet()) {
                cells.put(e.getKey(), r.cell(e.getValue()));
            }
            if (cells.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            out.add(new Row(r.rowNo(), cells));
        }
        if (out.isEmpty()) {
            problems.add(new UnitImportProblem(0, null, null, UnitImportProblemCode.NO_ROWS));
        }
        return new Parse(out, List.copyOf(layout.keySet()), problems);
    }

    private static Map<Col, Integer> layout(SourceRow row) {
        Map<Col, Integer> found = new EnumMap<>(Col.class);
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = row.cell(c);
            Col col = cell.isEmpty() ? null : header(cell);
            if (col != null) {
                found.putIfAbsent(col, c);
            }
        }
        return found;
    }
}
