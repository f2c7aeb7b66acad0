package vn.gov.cchc.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

/**
 * The rows of the first sheet of an .xlsx (or a legacy .xls) as cleaned cells: dates as dd/MM/yyyy, numbers as
 * formatted, formulas by their cached result. An empty cell covered by a vertically merged region takes the region's
 * value and is marked as {@link SourceRow#mergedFromAbove merged}; a row whose only values come from merges is left out,
 * as are blank rows.
 */
public final class SheetRows {

    private static final DateTimeFormatter CELL_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SheetRows() {
    }

    /**
     * At most {@code maxRows + 1} non-blank rows (one more tells the caller that there were too many), each of at most
     * {@code maxColumns} cells. Throws when the stream is no spreadsheet or cannot be read.
     */
    public static List<SourceRow> read(InputStream in, int maxRows, int maxColumns) throws IOException {
        try (Workbook workbook = open(in)) {
            return workbook.getNumberOfSheets() == 0 ? List.of() : rows(workbook.getSheetAt(0), maxRows, maxColumns);
        }
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

    private static List<SourceRow> rows(Sheet sheet, int maxRows, int maxColumns) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Map<Integer, List<Merge>> verticalMerges = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastRow() > region.getFirstRow() && region.getFirstColumn() < maxColumns) {
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
            int width = row == null ? 0 : Math.min(maxColumns, Math.max(0, row.getLastCellNum()));
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
                if (++nonBlank > maxRows) {
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
            case STRING :
                return cell.getRichStringCellValue().getString();
            case NUMERIC :
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().format(CELL_DATE);
                }
                return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
            case BOOLEAN :
                return String.valueOf(cell.getBooleanCellValue());
            default :
                return "";
        }
    }
}
