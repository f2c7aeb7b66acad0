package vn.gov.cchc.task.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AppendixXlsxWriterTest {

    private static final List<AppendixXlsxWriter.Row> ROWS = List.of(
            new AppendixXlsxWriter.Row("I", "Nhiệm vụ chung", 1, "Việc một\n- ý a\n- ý b", "Sở Nội vụ",
                    "Các cơ quan, đơn vị liên quan", "Năm 2026", "Kế hoạch"),
            new AppendixXlsxWriter.Row("I", "Nhiệm vụ chung", 2, "Việc hai", "Các Sở, ban, ngành; UBND cấp xã", "",
                    "Hàng quý", null),
            new AppendixXlsxWriter.Row("II", "Nhiệm vụ cấp tỉnh", 1, "Việc ba", "Sở Nội vụ", null, "Quý II, III năm 2026",
                    "Báo cáo"));

    private static byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AppendixXlsxWriter.write("Nhiệm vụ thông tin, tuyên truyền CCHC năm 2026", ROWS, out);
        return out.toByteArray();
    }

    private static String text(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case NUMERIC -> String.valueOf((int) c.getNumericCellValue());
            case STRING -> c.getStringCellValue();
            default -> "";
        };
    }

    @Test
    void writesTitleHeaderSectionsAndTasks() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Nhiệm vụ thông tin, tuyên truyền CCHC năm 2026", text(sheet, 0, 0));

            int header = 2;
            assertEquals(List.of("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện",
                    "Sản phẩm đầu ra"),
                    List.of(text(sheet, header, 0), text(sheet, header, 1), text(sheet, header, 2),
                            text(sheet, header, 3), text(sheet, header, 4), text(sheet, header, 5)));
            Cell headerCell = sheet.getRow(header).getCell(1);
            assertTrue(wb.getFontAt(headerCell.getCellStyle().getFontIndex()).getBold());
            assertEquals(BorderStyle.THIN, headerCell.getCellStyle().getBorderBottom());
            assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");

            // section I, tasks 1-2, section II, task 1
            assertEquals("I", text(sheet, header + 1, 0));
            assertEquals("Nhiệm vụ chung", text(sheet, header + 1, 1));
            Font sectionFont = wb.getFontAt(sheet.getRow(header + 1).getCell(1).getCellStyle().getFontIndex());
            assertTrue(sectionFont.getBold());
            assertEquals("Times New Roman", sectionFont.getFontName());
            assertEquals(12, sectionFont.getFontHeightInPoints());

            assertEquals("1", text(sheet, header + 2, 0));
            assertEquals("Việc một\n- ý a\n- ý b", text(sheet, header + 2, 1));
            Cell task = sheet.getRow(header + 2).getCell(1);
            assertTrue(task.getCellStyle().getWrapText());
            assertFalse(wb.getFontAt(task.getCellStyle().getFontIndex()).getBold());
            assertEquals("Sở Nội vụ", text(sheet, header + 2, 2));
            assertEquals("Kế hoạch", text(sheet, header + 2, 5));
            assertEquals("2", text(sheet, header + 3, 0));
            assertEquals("", text(sheet, header + 3, 5));
            assertEquals("II", text(sheet, header + 4, 0));
            assertTrue(wb.getFontAt(sheet.getRow(header + 4).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals("Việc ba", text(sheet, header + 5, 1));
            assertEquals(header + 5, sheet.getLastRowNum());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0));
        }
    }

    @Test
    void whatIsWrittenReadsBack() throws IOException {
        AppendixParse parse = AppendixReader.readXlsx(new ByteArrayInputStream(written()));
        assertEquals(List.of(), parse.problems());
        assertEquals(List.of(
                new ParsedTask("I", "Nhiệm vụ chung", 1, "Việc một\n- ý a\n- ý b", "Sở Nội vụ",
                        "Các cơ quan, đơn vị liên quan", "Năm 2026", "Kế hoạch", List.of(5)),
                new ParsedTask("I", "Nhiệm vụ chung", 2, "Việc hai", "Các Sở, ban, ngành; UBND cấp xã", "", "Hàng quý",
                        "", List.of(6)),
                new ParsedTask("II", "Nhiệm vụ cấp tỉnh", 1, "Việc ba", "Sở Nội vụ", "", "Quý II, III năm 2026",
                        "Báo cáo", List.of(8))),
                parse.tasks());
    }

    @Test
    void theSeedAppendixSurvivesARoundTrip() throws IOException {
        AppendixParse seed = AppendixReader.readTsv(SeedAppendix.appendix());
        List<AppendixXlsxWriter.Row> rows = seed.tasks().stream().map(t -> new AppendixXlsxWriter.Row(t.sectionCode(),
                t.sectionTitle(), t.orderNo(), t.content(), t.leadText(), t.cooperatingText(), t.timeframeText(),
                t.outputText())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AppendixXlsxWriter.write(null, rows, out);
        AppendixParse back = AppendixReader.readXlsx(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(List.of(), back.problems());
        assertEquals(seed.tasks().stream().map(AppendixXlsxWriterTest::withoutRows).toList(),
                back.tasks().stream().map(AppendixXlsxWriterTest::withoutRows).toList());
    }

    private static ParsedTask withoutRows(ParsedTask t) {
        return new ParsedTask(t.sectionCode(), t.sectionTitle(), t.orderNo(), t.content(), t.leadText(),
                t.cooperatingText(), t.timeframeText(), t.outputText(), List.of());
    }
}
