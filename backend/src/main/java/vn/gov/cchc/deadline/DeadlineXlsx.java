package vn.gov.cchc.deadline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.gov.cchc.common.Messages;
import vn.gov.cchc.deadline.DeadlineDtos.DeadlineView;

/** Deadlines as a spreadsheet, for the coordinator's follow-up table. */
final class DeadlineXlsx {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DeadlineXlsx() {
    }

    static byte[] write(String title, List<DeadlineView> rows, Locale locale) {
        // streamed: only the last 100 rows stay in memory (an in-memory workbook of 5,000 rows, with the 5,000 deadlines
        // it is made from, took the 256 MB heap under 8 parallel exports at nation scale)
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Messages.get(locale, "deadline.xlsx.sheet"));
            Font bold = book.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row t = sheet.createRow(0);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(header);
            String[] columns = Messages.get(locale, "deadline.xlsx.columns").split("\\|");
            Row h = sheet.createRow(2);
            for (int i = 0; i < columns.length; i++) {
                h.createCell(i).setCellValue(columns[i]);
                h.getCell(i).setCellStyle(header);
            }
            int r = 3;
            for (DeadlineView d : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(d.unit().name());
                row.createCell(1).setCellValue(Messages.get(locale, "enum.DeadlineKind." + d.kind().name()));
                row.createCell(2).setCellValue((d.plan().number() == null ? "" : d.plan().number() + " – ") + d.plan().title());
                row.createCell(3).setCellValue(d.period() != null ? d.period().label()
                        : d.task() != null ? (d.task().sectionCode() == null ? "" : d.task().sectionCode() + ".")
                                + d.task().orderNo() + " " + d.task().excerpt()
                        : "");
                row.createCell(4).setCellValue(d.dueOn().format(VN));
                row.createCell(5).setCellValue(Messages.get(locale, "enum.DeadlineState." + d.state().name()));
                row.createCell(6).setCellValue(d.metOn() == null ? "" : d.metOn().format(VN));
                if (d.workingDaysLeft() != null) {
                    row.createCell(7).setCellValue(d.workingDaysLeft());
                }
                for (int i = 0; i < 4; i++) {
                    row.getCell(i).setCellStyle(wrap);
                }
            }
            int[] widths = { 36, 20, 48, 40, 12, 18, 14, 12 };
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 3);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the deadlines", e);
        }
    }
}
