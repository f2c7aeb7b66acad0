package vn.gov.cchc.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    static final String LONG_NAME = "Kết quả Quý I/2026: nhiệm vụ [tổng hợp] của các đơn vị";

    static List<Sheet> sheets() {
        Sheet tasks = new Sheet(LONG_NAME,
                "KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ I/2026",
                List.of("TT", "Nhiệm vụ", "Đơn vị thực hiện", "Số lượng", "Kinh phí (đồng)", "Hạn hoàn thành"),
                List.of(
                        Arrays.asList(1, "Tuyên truyền trên Cổng thông tin điện tử", "Sở Nội vụ", 125,
                                new BigDecimal("15000000"), LocalDate.of(2026, 3, 31)),
                        Arrays.asList(2, "Hội nghị quán triệt, tập huấn về cải cách hành chính cho cán bộ, công chức cấp xã",
                                "UBND các xã, phường", 18, 42_500_000L, LocalDate.of(2026, 2, 15)),
                        Arrays.asList(3, "Tờ rơi, pa nô, áp phích", "UBND các xã, phường", 1_201, 8_750_000.5, null)),
                Arrays.asList(null, "Tổng cộng", null, 1_344, 66_250_000.5, null));
        Sheet progress = new Sheet("Tiến độ", "TIẾN ĐỘ BÁO CÁO ĐỊNH KỲ",
                List.of("Đơn vị", "Ngày nộp"),
                List.of(Arrays.asList("Sở Tư pháp", LocalDate.of(2026, 4, 5))),
                null);
        return List.of(tasks, progress);
    }

    @Test
    void writesTwoSheetsWithTypedCells() throws IOException {
        byte[] bytes = XlsxWriter.write(sheets());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(2, wb.getNumberOfSheets());
            String name = wb.getSheetName(0);
            assertEquals("Kết quả Quý I-2026- nhiệm vụ -t", name);
            assertTrue(name.length() <= 31);
            assertFalse(name.matches(".*[\\[\\]:*?/\\\\].*"), name);
            assertEquals("Tiến độ", wb.getSheetName(1));

            XSSFSheet s = wb.getSheetAt(0);
            // title: row 1, bold, merged across the six columns
            XSSFCell title = s.getRow(0).getCell(0);
            assertEquals("KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ I/2026", title.getStringCellValue());
            assertTrue(title.getCellStyle().getFont().getBold());
            assertTrue(s.getMergedRegions().contains(new CellRangeAddress(0, 0, 0, 5)), s.getMergedRegions().toString());

            // header: row 3, bold, bordered, wrapped, grey
            XSSFRow header = s.getRow(2);
            List<String> expected = List.of("TT", "Nhiệm vụ", "Đơn vị thực hiện", "Số lượng", "Kinh phí (đồng)", "Hạn hoàn thành");
            for (int c = 0; c < expected.size(); c++) {
                XSSFCell cell = header.getCell(c);
                assertEquals(expected.get(c), cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getFont().getBold());
                assertTrue(cell.getCellStyle().getWrapText());
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderBottom());
                assertEquals(FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern());
            }
            assertEquals(3, s.getPaneInformation().getHorizontalSplitTopRow(), "panes frozen below the header");

            // numbers are numeric cells with thousands separators
            XSSFCell count = s.getRow(3).getCell(3);
            assertEquals(CellType.NUMERIC, count.getCellType());
            assertEquals(125.0, count.getNumericCellValue());
            assertEquals("#,##0", count.getCellStyle().getDataFormatString());
            assertEquals(15_000_000.0, s.getRow(3).getCell(4).getNumericCellValue());
            assertEquals(42_500_000.0, s.getRow(4).getCell(4).getNumericCellValue());
            assertEquals(8_750_000.5, s.getRow(5).getCell(4).getNumericCellValue());
            assertEquals("#,##0.00", s.getRow(3).getCell(4).getCellStyle().getDataFormatString(),
                    "a column with a fraction shows two decimals throughout");
            assertEquals(BorderStyle.THIN, count.getCellStyle().getBorderLeft());
            assertFalse(count.getCellStyle().getFont().getBold());
            assertEquals("Times New Roman", count.getCellStyle().getFont().getFontName());
            assertEquals(12, count.getCellStyle().getFont().getFontHeightInPoints());

            // dates are date cells dd/mm/yyyy
            XSSFCell due = s.getRow(3).getCell(5);
            assertEquals(CellType.NUMERIC, due.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(due));
            assertEquals("dd/mm/yyyy", due.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2026, 3, 31), due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.BLANK, s.getRow(5).getCell(5).getCellType());

            // long text wraps
            assertTrue(s.getRow(4).getCell(1).getCellStyle().getWrapText());
            assertTrue(s.getColumnWidth(1) > s.getColumnWidth(0));

            // the total row: bold, numeric where numeric
            XSSFRow total = s.getRow(6);
            assertEquals("Tổng cộng", total.getCell(1).getStringCellValue());
            assertTrue(total.getCell(1).getCellStyle().getFont().getBold());
            XSSFCell totalCount = total.getCell(3);
            assertEquals(CellType.NUMERIC, totalCount.getCellType());
            assertEquals(1_344.0, totalCount.getNumericCellValue());
            assertTrue(totalCount.getCellStyle().getFont().getBold());
            assertEquals(66_250_000.5, total.getCell(4).getNumericCellValue());
            assertEquals(6, s.getPhysicalNumberOfRows(), "title, header, three rows, total (row 2 left empty)");
            assertEquals(null, s.getRow(1));

            XSSFSheet second = wb.getSheetAt(1);
            Cell submitted = second.getRow(3).getCell(1);
            assertTrue(DateUtil.isCellDateFormatted(submitted));
            assertEquals(LocalDate.of(2026, 4, 5), submitted.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Sở Tư pháp", second.getRow(3).getCell(0).getStringCellValue());
            assertNotNull(second.getRow(2));
            assertEquals(null, second.getRow(4), "no total row");
        }
    }

    @Test
    void sheetNamesAreSanitisedAndUnique() throws IOException {
        assertEquals("Báo cáo 1-2026", XlsxWriter.sheetName("Báo cáo 1/2026", 1));
        assertEquals("a-b-c-d-e-f-g", XlsxWriter.sheetName("a[b]c:d*e?f\\g", 1));
        assertEquals("Sheet3", XlsxWriter.sheetName("  ", 3));
        assertEquals("Sheet2", XlsxWriter.sheetName("History", 2));
        assertEquals("-Ghi chú-", XlsxWriter.sheetName("'Ghi chú'", 1));

        Sheet a = new Sheet("Tổng hợp", null, List.of("A"), List.of(), null);
        byte[] bytes = XlsxWriter.write(List.of(a, a, new Sheet(null, null, List.of("B"), List.of(), null)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("Tổng hợp", wb.getSheetName(0));
            assertEquals("Tổng hợp (2)", wb.getSheetName(1));
            assertEquals("Sheet3", wb.getSheetName(2));
        }
    }
}
