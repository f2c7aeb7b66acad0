package vn.gov.cchc.task.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.gov.cchc.common.TextNormalizer;

/**
 * Reads the appendix table of tasks of a plan: TT, content, lead unit, cooperating units, timeframe[, output].
 *
 * <p>Columns are located by the header row (the first row whose first non-empty cell is "TT" or "STT"); rows above it
 * (titles) are skipped, repeated headers (page breaks) and rows of column numbers ("1 2 3 4 5", "(1) (2) …") too.
 * Without a header the order TT, content, lead, cooperating, timeframe, output is assumed and the rows before the first
 * task or section row are skipped (NO_HEADER is reported when there are such rows).
 *
 * <p>Rows: a Roman TT (I..XX) with empty lead/cooperating/timeframe is a section (title = the content cell, or the
 * text after "I." in the TT cell itself when the row is one merged cell); an integer TT ("1", "1.", "01") is a task (so
 * is a Roman TT with a lead, cooperating or timeframe cell: its order number is the numeral's value); an empty TT
 * continues the previous task (content joined with a line break, other cells with "; "); any other TT ("a)", "1.1",
 * "-", "+") is also a continuation whose content line starts with that TT. A continuation before any task or straight
 * after a section row is an ORPHAN_CONTINUATION.
 *
 * <p>In an .xlsx a cell covered by a vertically merged region takes the value of the region for the lead, cooperating,
 * timeframe and output columns of a task row (one lead merged over several tasks), never for TT or content.
 */
public final class AppendixReader {

    /** At most this many non-blank rows are read; more gives TOO_MANY_ROWS (row 0, text = this limit). */
    public static final int MAX_ROWS = 2000;
    /** A cell longer than this gives CELL_TOO_LONG (the text is kept whole in the task). */
    public static final int MAX_CELL_CHARS = 20000;
    /** Problems quote at most this many characters of the offending text. */
    static final int QUOTE_CHARS = 200;
    private static final int MAX_COLUMNS = 64;

    static final String COL_TT = "TT";
    static final String COL_CONTENT = "content";
    static final String COL_LEAD = "lead";
    static final String COL_COOPERATING = "cooperating";
    static final String COL_TIMEFRAME = "timeframe";
    static final String COL_OUTPUT = "output";

    private enum Col {
        TT(COL_TT), CONTENT(COL_CONTENT), LEAD(COL_LEAD), COOPERATING(COL_COOPERATING), TIMEFRAME(COL_TIMEFRAME),
        OUTPUT(COL_OUTPUT);

        final String label;

        Col(String label) {
            this.label = label;
        }
    }

    private static final Pattern INTEGER_TT = Pattern.compile("^0*(\\d{1,4})\\s*[.)]?$");
    private static final Pattern ROMAN_TT = Pattern.compile("^([IVX]{1,5})\\s*[.)]?$");
    private static final Pattern ROMAN_WITH_TITLE = Pattern.compile("^([IVX]{1,5})\\s*[.):\\-–]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?(\\d{1,2})\\)?$");
    private static final List<String> ROMANS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");
    private static final DateTimeFormatter CELL_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AppendixReader() {
    }

    // ------------------------------------------------------------------------------------------------------- TSV

    /** Tab-separated text as pasted from a Word/Excel table. */
    public static AppendixParse readTsv(String text) {
        return interpret(TsvRows.read(text == null ? "" : text, MAX_ROWS, MAX_COLUMNS));
    }

    // ------------------------------------------------------------------------------------------------------ XLSX

    /** The first sheet of an .xlsx (or .xls) with the same columns. */
    public static AppendixParse readXlsx(InputStream in) {
        List<SourceRow> rows;
        try (Workbook workbook = open(in)) {
            rows = workbook.getNumberOfSheets() == 0 ? List.of() : sheetRows(workbook.getSheetAt(0));
        } catch (Exception | LinkageError e) {
            return new AppendixParse(List.of(),
                    List.of(new ImportProblem(0, null, null, ImportProblemCode.UNREADABLE_FILE)));
        }
        return interpret(rows);
    }

    /** .xlsx, or a legacy .xls, told apart by their first bytes (no service loader involved). */
    private static Workbook open(InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("no input");
        }
        InputStream stream = FileMagic.prepareToCheckMagic(in);
        FileMagic magic = FileMagic.valueOf(stream);
        return switch (magic) {
            case OOXML -> new XSSFWorkbook(stream);
            case OLE2 -> new HSSFWorkbook(stream);
            default -> throw new IOException("not a spreadsheet: " + magic);
        };
    }

    private record Merge(int firstRow, int lastRow, String value) {
    }

    private static List<SourceRow> sheetRows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Map<Integer, List<Merge>> verticalMerges = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastRow() > region.getFirstRow() && region.getFirstColumn() < MAX_COLUMNS) {
                Row top = sheet.getRow(region.getFirstRow());
                Cell cell = top == null ? null : top.getCell(region.getFirstColumn());
                String value = CellText.cleanCell(cellText(cell, formatter));
                if (!value.isEmpty()) {
                    verticalMerges.computeIfAbsent(region.getFirstColumn(), k -> new ArrayList<>())
                            .add(new Merge(region.getFirstRow(), region.getLastRow(), value));
                }
            }
        }
        List<SourceRow> rows = new ArrayList<>();
        int last = sheet.getLastRowNum();
        int nonBlank = 0;
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            Row row = sheet.getRow(r);
            int width = row == null ? 0 : Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum()));
            for (int col : verticalMerges.keySet()) {
                width = Math.max(width, col + 1);
            }
            List<String> cells = new ArrayList<>(width);
            Set<Integer> merged = new HashSet<>();
            for (int c = 0; c < width; c++) {
                String value = row == null ? "" : CellText.cleanCell(cellText(row.getCell(c), formatter));
                if (value.isEmpty()) {
                    for (Merge m : verticalMerges.getOrDefault(c, List.of())) {
                        if (r > m.firstRow && r <= m.lastRow) {
                            value = m.value;
                            merged.add(c);
                            break;
                        }
                    }
                }
                cells.add(value);
            }
            SourceRow source = new SourceRow(r + 1, cells, merged);
            if (cells.stream().anyMatch(s -> !s.isEmpty())
                    && !(merged.size() == cells.stream().filter(s -> !s.isEmpty()).count())) {
                rows.add(source);
                if (++nonBlank > MAX_ROWS) {
                    break;
                }
            }
        }
        return rows;
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getRichStringCellValue().getString();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().format(CELL_DATE);
                }
                return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            default:
                return "";
        }
    }

    // ------------------------------------------------------------------------------------------------ the table

    private static final class Draft {
        final String sectionCode;
        final String sectionTitle;
        final int orderNo;
        String content;
        String lead;
        String cooperating;
        String timeframe;
        String output;
        final List<Integer> rows = new ArrayList<>();

        Draft(String sectionCode, String sectionTitle, int orderNo) {
            this.sectionCode = sectionCode;
            this.sectionTitle = sectionTitle;
            this.orderNo = orderNo;
        }

        ParsedTask toTask() {
            return new ParsedTask(sectionCode, sectionTitle, orderNo, content, lead, cooperating, timeframe, output, rows);
        }
    }

    private static AppendixParse interpret(List<SourceRow> allRows) {
        List<ImportProblem> problems = new ArrayList<>();
        List<SourceRow> rows = allRows;
        if (rows.size() > MAX_ROWS) {
            problems.add(new ImportProblem(0, null, String.valueOf(MAX_ROWS), ImportProblemCode.TOO_MANY_ROWS));
            rows = rows.subList(0, MAX_ROWS);
        }
        if (rows.isEmpty()) {
            problems.add(new ImportProblem(0, null, null, ImportProblemCode.NO_TASKS));
            return new AppendixParse(List.of(), problems);
        }

        Map<Col, Integer> columns = new EnumMap<>(Col.class);
        int start = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (isHeader(rows.get(i))) {
                columns = headerColumns(rows.get(i));
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            for (Col c : Col.values()) {
                columns.put(c, c.ordinal());
            }
            for (int i = 0; i < rows.size(); i++) {
                Kind kind = classify(rows.get(i).cell(0)).kind;
                if (kind == Kind.INTEGER || kind == Kind.ROMAN || kind == Kind.ROMAN_WITH_TITLE) {
                    start = i;
                    break;
                }
            }
            if (start != 0) {
                SourceRow first = rows.get(0);
                problems.add(new ImportProblem(0, null,
                        CellText.abbreviate(first.cell(first.firstNonEmpty()), QUOTE_CHARS), ImportProblemCode.NO_HEADER));
            }
            if (start < 0) {
                start = rows.size();
            }
        }

        List<Draft> drafts = new ArrayList<>();
        Set<String> seenOrders = new HashSet<>();
        String sectionCode = null;
        String sectionTitle = null;
        Draft current = null;
        boolean afterSection = false;
        for (SourceRow row : rows.subList(start, rows.size())) {
            if (isHeader(row) || isColumnNumbers(row)) {
                continue;
            }
            Map<Col, String> cell = new EnumMap<>(Col.class);
            for (Col c : Col.values()) {
                Integer index = columns.get(c);
                String value = index == null ? "" : row.cell(index);
                if (index != null && !value.isEmpty() && row.mergedFromAbove().contains(index)) {
                    // one value merged over several rows: a task row takes it for its units/timeframe/output
                    value = c == Col.TT || c == Col.CONTENT ? "" : value;
                }
                cell.put(c, value);
                if (index != null && value.length() > MAX_CELL_CHARS && !row.mergedFromAbove().contains(index)) {
                    problems.add(new ImportProblem(row.rowNo(), c.label, CellText.abbreviate(value, QUOTE_CHARS),
                            ImportProblemCode.CELL_TOO_LONG));
                }
            }
            String tt = cell.get(Col.TT);
            Classified cls = classify(tt);
            boolean unitsOrTime = !cell.get(Col.LEAD).isEmpty() || !cell.get(Col.COOPERATING).isEmpty()
                    || !cell.get(Col.TIMEFRAME).isEmpty();
            if ((cls.kind == Kind.ROMAN && !unitsOrTime)
                    || (cls.kind == Kind.ROMAN_WITH_TITLE && !unitsOrTime && cell.get(Col.CONTENT).isEmpty())) {
                sectionCode = cls.code;
                sectionTitle = cls.kind == Kind.ROMAN ? cell.get(Col.CONTENT) : cls.title;
                current = null;
                afterSection = true;
                continue;
            }
            if (cls.kind == Kind.INTEGER || cls.kind == Kind.ROMAN) {
                Draft d = new Draft(sectionCode, sectionTitle, cls.number);
                d.content = cell.get(Col.CONTENT);
                d.lead = cell.get(Col.LEAD);
                d.cooperating = cell.get(Col.COOPERATING);
                d.timeframe = cell.get(Col.TIMEFRAME);
                d.output = cell.get(Col.OUTPUT);
                d.rows.add(row.rowNo());
                if (!seenOrders.add((sectionCode == null ? "" : sectionCode) + "\u0000" + cls.number)) {
                    problems.add(new ImportProblem(row.rowNo(), COL_TT, tt, ImportProblemCode.DUPLICATE_ORDER));
                }
                drafts.add(d);
                current = d;
                afterSection = false;
                continue;
            }
            // a continuation: empty TT, or a TT that is no order number (kept at the head of the content line)
            Map<Col, String> more = new EnumMap<>(Col.class);
            for (Col c : Col.values()) {
                Integer index = columns.get(c);
                boolean merged = index != null && row.mergedFromAbove().contains(index);
                more.put(c, merged ? "" : cell.get(c));
            }
            String content = more.get(Col.CONTENT);
            if (cls.kind == Kind.OTHER || cls.kind == Kind.ROMAN_WITH_TITLE) {
                content = content.isEmpty() ? tt : tt + " " + content;
            }
            boolean any = !content.isEmpty() || !more.get(Col.LEAD).isEmpty() || !more.get(Col.COOPERATING).isEmpty()
                    || !more.get(Col.TIMEFRAME).isEmpty() || !more.get(Col.OUTPUT).isEmpty();
            if (!any) {
                continue;
            }
            if (current == null || afterSection) {
                Col where = !content.isEmpty() ? Col.CONTENT
                        : !more.get(Col.LEAD).isEmpty() ? Col.LEAD
                        : !more.get(Col.COOPERATING).isEmpty() ? Col.COOPERATING
                        : !more.get(Col.TIMEFRAME).isEmpty() ? Col.TIMEFRAME : Col.OUTPUT;
                String text = where == Col.CONTENT ? content : more.get(where);
                problems.add(new ImportProblem(row.rowNo(), where.label, CellText.abbreviate(text, QUOTE_CHARS),
                        ImportProblemCode.ORPHAN_CONTINUATION));
                continue;
            }
            current.content = join(current.content, content, "\n");
            current.lead = join(current.lead, more.get(Col.LEAD), "; ");
            current.cooperating = join(current.cooperating, more.get(Col.COOPERATING), "; ");
            current.timeframe = join(current.timeframe, more.get(Col.TIMEFRAME), "; ");
            current.output = join(current.output, more.get(Col.OUTPUT), "; ");
            current.rows.add(row.rowNo());
        }

        List<ParsedTask> tasks = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            int first = d.rows.get(0);
            if (d.content.isEmpty()) {
                problems.add(new ImportProblem(first, COL_CONTENT, null, ImportProblemCode.MISSING_CONTENT));
            }
            if (d.lead.isEmpty()) {
                problems.add(new ImportProblem(first, COL_LEAD, null, ImportProblemCode.MISSING_LEAD));
            }
            tasks.add(d.toTask());
        }
        if (tasks.isEmpty()) {
            problems.add(new ImportProblem(0, null, null, ImportProblemCode.NO_TASKS));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new AppendixParse(tasks, problems);
    }

    private static String join(String previous, String more, String separator) {
        if (more.isEmpty()) {
            return previous;
        }
        return previous.isEmpty() ? more : previous + separator + more;
    }

    private enum Kind { EMPTY, INTEGER, ROMAN, ROMAN_WITH_TITLE, OTHER }

    private record Classified(Kind kind, int number, String code, String title) {
    }

    private static Classified classify(String tt) {
        if (tt.isEmpty()) {
            return new Classified(Kind.EMPTY, 0, null, null);
        }
        Matcher m = INTEGER_TT.matcher(tt);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            return new Classified(Kind.INTEGER, Integer.parseInt(m.group(1)), null, null);
        }
        m = ROMAN_TT.matcher(tt);
        if (m.matches() && ROMANS.contains(m.group(1))) {
            return new Classified(Kind.ROMAN, ROMANS.indexOf(m.group(1)) + 1, m.group(1), null);
        }
        m = ROMAN_WITH_TITLE.matcher(tt);
        if (m.matches() && ROMANS.contains(m.group(1))) {
            return new Classified(Kind.ROMAN_WITH_TITLE, ROMANS.indexOf(m.group(1)) + 1, m.group(1), m.group(2).strip());
        }
        return new Classified(Kind.OTHER, 0, null, null);
    }

    private static String compact(String s) {
        return TextNormalizer.unaccent(s).replaceAll("[^a-z0-9]+", "");
    }

    private static boolean isHeader(SourceRow row) {
        int first = row.firstNonEmpty();
        if (first < 0) {
            return false;
        }
        String c = compact(row.cell(first));
        return c.equals("tt") || c.equals("stt") || c.equals("sott") || c.equals("sothutu");
    }

    /** A row such as "1 2 3 4 5" or "(1) (2) (3) (4) (5)" under the header. */
    private static boolean isColumnNumbers(SourceRow row) {
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

    private static Map<Col, Integer> headerColumns(SourceRow header) {
        Map<Col, Integer> columns = new EnumMap<>(Col.class);
        int tt = header.firstNonEmpty();
        columns.put(Col.TT, tt);
        for (int i = tt + 1; i < header.cells().size(); i++) {
            String h = TextNormalizer.unaccent(header.cell(i)).replaceAll("[^a-z0-9]+", " ");
            Col role = h.contains("chu tri") ? Col.LEAD
                    : h.contains("phoi hop") ? Col.COOPERATING
                    : h.contains("thoi gian") || h.contains("thoi han") ? Col.TIMEFRAME
                    : h.contains("san pham") || h.contains("ket qua") || h.contains("dau ra") ? Col.OUTPUT
                    : h.contains("noi dung") ? Col.CONTENT
                    : null;
            if (role != null) {
                columns.putIfAbsent(role, i);
            }
        }
        Set<Integer> used = new HashSet<>(columns.values());
        if (!columns.containsKey(Col.CONTENT) && !used.contains(tt + 1)) {
            columns.put(Col.CONTENT, tt + 1);
        }
        return columns;
    }
}
