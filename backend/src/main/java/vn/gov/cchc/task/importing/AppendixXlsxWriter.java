package vn.gov.cchc.task.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an appendix back as .xlsx with the columns TT, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian thực
 * hiện, Sản phẩm đầu ra: a title row (when the title is not blank), the header (bold, frozen), then the tasks in the
 * given order with a bold section row (code in TT, title in Nội dung) whenever the section code changes. Times New
 * Roman 12, wrapped text, thin borders, landscape A4. {@link AppendixReader#readXlsx} reads the result back.
 */
public final class AppendixXlsxWriter {

    /** One task; {@code sectionCode} null or blank when the task belongs to no section. */
    public record Row(String sectionCode, String sectionTitle, int orderNo, String content, String lead,
            String cooperating, String timeframe, String output) {
    }

    static final List<String> HEADERS = List.of("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian thực hiện", "Sản phẩm đầu ra");
    private static final int[] WIDTHS = { 6, 60, 24, 26, 20, 26 };
    private static final String FONT = "Times New Roman";
    /** Excel's limit for the text of one cell. */
    private static final int EXCEL_CELL_LIMIT = 32767;

    private AppendixXlsxWriter() {
    }

    public static void write(String title, List<Row> rows, OutputStream out) throws IOException {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(out, "out");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            Font plain = font(workbook, false, 12);
            Font bold = font(workbook, true, 12);
            Font titleFont = font(workbook, true, 14);
            CellStyle titleStyle = style(workbook, titleFont, HorizontalAlignment.CENTER, false);
            CellStyle headerStyle = style(workbook, bold, HorizontalAlignment.CENTER, true);
            headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle text = style(workbook, plain, HorizontalAlignment.LEFT, true);
            CellStyle centered = style(workbook, plain, HorizontalAlignment.CENTER, true);
            CellStyle sectionText = style(workbook, bold, HorizontalAlignment.LEFT, true);
            CellStyle sectionCentered = style(workbook, bold, HorizontalAlignment.CENTER, true);

            int r = 0;
            if (title != null && !title.isBlank()) {
                org.apache.poi.ss.usermodel.Row titleRow = sheet.createRow(r);
                Cell cell = titleRow.createCell(0);
                cell.setCellValue(safe(title.strip()));
                cell.setCellStyle(titleStyle);
                titleRow.setHeightInPoints(Math.max(1, title.strip().split("\n").length) * 20f);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.size() - 1));
                r += 2;
            }
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(r);
            for (int i = 0; i < HEADERS.size(); i++) {
                put(header, i, HEADERS.get(i), headerStyle);
            }
            sheet.createFreezePane(0, r + 1);
            sheet.setRepeatingRows(new CellRangeAddress(r, r, 0, HEADERS.size() - 1));
            r++;

            String section = null;
            for (Row task : rows) {
                String code = task.sectionCode() == null || task.sectionCode().isBlank() ? null : task.sectionCode().strip();
                if (code != null && !code.equals(section)) {
                    org.apache.poi.ss.usermodel.Row sectionRow = sheet.createRow(r++);
                    put(sectionRow, 0, code, sectionCentered);
                    put(sectionRow, 1, task.sectionTitle(), sectionText);
                    for (int i = 2; i < HEADERS.size(); i++) {
                        put(sectionRow, i, "", sectionText);
                    }
                }
                section = code;
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                Cell tt = row.createCell(0);
                tt.setCellValue(task.orderNo());
                tt.setCellStyle(centered);
                put(row, 1, task.content(), text);
                put(row, 2, task.lead(), text);
                put(row, 3, task.cooperating(), text);
                put(row, 4, task.timeframe(), centered);
                put(row, 5, task.output(), text);
            }
            workbook.write(out);
        }
    }

    private static void put(org.apache.poi.ss.usermodel.Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(safe(value));
        cell.setCellStyle(style);
    }

    /** No null, no control characters other than line breaks, at most Excel's cell limit. */
    private static String safe(String value) {
        if (value == null) {
            return "";
        }
        String v = value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F\\uFFFE\\uFFFF]", " ");
        return v.length() > EXCEL_CELL_LIMIT ? v.substring(0, EXCEL_CELL_LIMIT - 1) + "…" : v;
    }

    private static Font font(XSSFWorkbook workbook, boolean bold, int points) {
        Font f = workbook.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment align, boolean bordered) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(bordered ? VerticalAlignment.TOP : VerticalAlignment.CENTER);
        s.setWrapText(true);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
