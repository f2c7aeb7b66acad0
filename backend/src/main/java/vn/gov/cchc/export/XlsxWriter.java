package vn.gov.cchc.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link Sheet}s as an .xlsx workbook with Apache POI's XSSF: the title in row 1 (bold,
 * merged across the columns), the header in row 3 (bold, bordered, wrapped, grey), bordered data
 * rows, a bold total row; numbers as numeric cells "#,##0" ("#,##0.00" in a column holding a
 * fraction), dates as date cells "dd/mm/yyyy";
 * Times New Roman 12; panes frozen below the header; printed A4, fit to the page width, with the
 * header repeated on every page.
 */
public final class XlsxWriter {

    static final String FONT = "Times New Roman";
    static final short FONT_SIZE = 12;
    /** Excel's limit on the length of a sheet's name. */
    static final int MAX_SHEET_NAME = 31;

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 2;
    private static final int FIRST_DATA_ROW = 3;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 50;
    /** A header wraps: it asks for no more than this width on its own. */
    private static final int MAX_HEADER_WIDTH = 20;
    /** The height of one line of 12 pt text, in points. */
    private static final float LINE_HEIGHT = 15.75f;

    private XlsxWriter() {
    }

    /** The sheets as the bytes of an .xlsx file; an empty list gives one empty sheet. */
    public static byte[] write(List<Sheet> sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            Set<String> used = new HashSet<>();
            List<Sheet> list = sheets == null ? List.of() : sheets;
            int index = 0;
            for (Sheet sheet : list) {
                index++;
                if (sheet != null) {
                    sheet(wb, styles, sheet, uniqueName(sheetName(sheet.name(), index), used));
                }
            }
            if (wb.getNumberOfSheets() == 0) {
                wb.createSheet("Sheet1");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A name Excel accepts: the characters []:*?/\ become "-", no leading or trailing apostrophe,
     * at most 31 characters, not blank and not the reserved "History".
     */
    static String sheetName(String name, int index) {
        String safe = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        safe = WorkbookUtil.createSafeSheetName(safe.isEmpty() ? "Sheet" + index : safe, '-').strip();
        if (safe.isEmpty() || safe.equalsIgnoreCase("History")) {
            safe = "Sheet" + index;
        }
        return safe;
    }

    private static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())).strip() + suffix;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static void sheet(XSSFWorkbook wb, Styles styles, Sheet sheet, String name) {
        XSSFSheet s = wb.createSheet(name);
        List<String> headers = sheet.headers() == null ? List.of() : sheet.headers();
        List<List<Object>> rows = sheet.rows() == null ? List.of() : sheet.rows();
        int columns = headers.size();
        for (List<Object> row : rows) {
            columns = Math.max(columns, row == null ? 0 : row.size());
        }
        if (sheet.totalRow() != null) {
            columns = Math.max(columns, sheet.totalRow().size());
        }
        columns = Math.max(columns, 1);

        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = MIN_WIDTH;
            if (c < headers.size() && headers.get(c) != null) {
                widths[c] = Math.max(widths[c], Math.min(MAX_HEADER_WIDTH, longestWord(headers.get(c)) + 2));
                widths[c] = Math.max(widths[c], Math.min(MAX_HEADER_WIDTH, headers.get(c).length() + 2));
            }
        }
        List<List<Object>> all = new ArrayList<>(rows);
        if (sheet.totalRow() != null) {
            all.add(sheet.totalRow());
        }
        for (List<Object> row : all) {
            for (int c = 0; row != null && c < row.size(); c++) {
                widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, displayLength(row.get(c)) + 2));
            }
        }
        for (int c = 0; c < columns; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        // a column holding any fraction shows all its numbers with two decimals, to line them up
        boolean[] decimals = new boolean[columns];
        for (List<Object> row : all) {
            for (int c = 0; row != null && c < row.size(); c++) {
                if (row.get(c) instanceof Number n && !isIntegral(n)) {
                    decimals[c] = true;
                }
            }
        }

        if (sheet.title() != null && !sheet.title().isBlank()) {
            Row title = s.createRow(TITLE_ROW);
            Cell cell = title.createCell(0);
            cell.setCellValue(sheet.title().strip());
            cell.setCellStyle(styles.title);
            if (columns > 1) {
                s.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns - 1));
            }
            int total = 0;
            for (int w : widths) {
                total += w;
            }
            // 14 pt bold is about 1.3 times as wide as the 12 pt the widths count in
            title.setHeightInPoints(lines(sheet.title().strip(), (int) (total / 1.3)) * 18.75f);
        }

        if (!headers.isEmpty()) {
            Row header = s.createRow(HEADER_ROW);
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                Cell cell = header.createCell(c);
                cell.setCellStyle(styles.header);
                String text = c < headers.size() && headers.get(c) != null ? headers.get(c) : "";
                cell.setCellValue(text);
                lines = Math.max(lines, lines(text, widths[c]));
            }
            header.setHeightInPoints(lines * LINE_HEIGHT + 4);
            s.createFreezePane(0, FIRST_DATA_ROW);
            s.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        }

        int r = FIRST_DATA_ROW;
        for (List<Object> data : rows) {
            dataRow(s.createRow(r++), data, columns, widths, decimals, styles, false);
        }
        if (sheet.totalRow() != null) {
            dataRow(s.createRow(r), sheet.totalRow(), columns, widths, decimals, styles, true);
        }

        PrintSetup print = s.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(columns > 6);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        s.setFitToPage(true);
    }

    private static void dataRow(Row row, List<Object> values, int columns, int[] widths, boolean[] decimals,
            Styles styles, boolean total) {
        int lines = 1;
        for (int c = 0; c < columns; c++) {
            Object value = values != null && c < values.size() ? values.get(c) : null;
            Cell cell = row.createCell(c);
            if (value == null) {
                cell.setCellStyle(styles.text(total));
            } else if (value instanceof Number n) {
                cell.setCellStyle(decimals[c] ? styles.decimal(total) : styles.integer(total));
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date(total));
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(styles.dateTime(total));
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
                cell.setCellStyle(styles.text(total));
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(styles.text(total));
                lines = Math.max(lines, lines(text, widths[c]));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_HEIGHT + 2);
        }
    }

    private static boolean isIntegral(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return true;
        }
        if (n instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0;
        }
        double v = n.doubleValue();
        return !Double.isInfinite(v) && v == Math.rint(v);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** About how many characters the value shows, to size its column. */
    private static int displayLength(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            String digits = isIntegral(n) ? String.format(Locale.ROOT, "%,d", Math.round(n.doubleValue()))
                    : String.format(Locale.ROOT, "%,.2f", n.doubleValue());
            return digits.length();
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d).length();
        }
        if (value instanceof LocalDateTime) {
            return 16;
        }
        int longest = 0;
        for (String line : value.toString().split("\\r?\\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** About how many lines {@code text} wraps to in a column {@code width} characters wide. */
    private static int lines(String text, int width) {
        int usable = Math.max(1, width - 1);
        int lines = 0;
        for (String line : text.split("\\r?\\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() / (double) usable));
        }
        return Math.max(1, lines);
    }

    /** The cell styles of a workbook, created once (Excel limits their number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        private final CellStyle[] text = new CellStyle[2];
        private final CellStyle[] integer = new CellStyle[2];
        private final CellStyle[] decimal = new CellStyle[2];
        private final CellStyle[] date = new CellStyle[2];
        private final CellStyle[] dateTime = new CellStyle[2];

        Styles(XSSFWorkbook wb) {
            Font normal = wb.getFontAt(0); // the workbook's default font
            normal.setFontName(FONT);
            normal.setFontHeightInPoints(FONT_SIZE);
            Font bold = wb.createFont();
            bold.setFontName(FONT);
            bold.setFontHeightInPoints(FONT_SIZE);
            bold.setBold(true);
            Font big = wb.createFont();
            big.setFontName(FONT);
            big.setFontHeightInPoints((short) 14);
            big.setBold(true);

            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);

            header = bordered(wb, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            short intFormat = wb.createDataFormat().getFormat("#,##0");
            short decFormat = wb.createDataFormat().getFormat("#,##0.00");
            short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
            short dateTimeFormat = wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm");
            for (int b = 0; b < 2; b++) {
                Font font = b == 1 ? bold : normal;
                text[b] = bordered(wb, font);
                integer[b] = bordered(wb, font);
                integer[b].setDataFormat(intFormat);
                integer[b].setAlignment(HorizontalAlignment.RIGHT);
                decimal[b] = bordered(wb, font);
                decimal[b].setDataFormat(decFormat);
                decimal[b].setAlignment(HorizontalAlignment.RIGHT);
                date[b] = bordered(wb, font);
                date[b].setDataFormat(dateFormat);
                date[b].setAlignment(HorizontalAlignment.CENTER);
                dateTime[b] = bordered(wb, font);
                dateTime[b].setDataFormat(dateTimeFormat);
                dateTime[b].setAlignment(HorizontalAlignment.CENTER);
            }
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font) {
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            return style;
        }

        CellStyle text(boolean bold) {
            return text[bold ? 1 : 0];
        }

        CellStyle integer(boolean bold) {
            return integer[bold ? 1 : 0];
        }

        CellStyle decimal(boolean bold) {
            return decimal[bold ? 1 : 0];
        }

        CellStyle date(boolean bold) {
            return date[bold ? 1 : 0];
        }

        CellStyle dateTime(boolean bold) {
            return dateTime[bold ? 1 : 0];
        }
    }
}
