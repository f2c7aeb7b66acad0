package vn.gov.cchc.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Opens the documents the API produces, as a person would, to read what they say. */
final class ReportDocuments {

    private ReportDocuments() {
    }

    /** All the text of a .docx, paragraphs and tables. */
    static String text(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last row of a sheet (the totals), keyed by the header of each numeric column. */
    static Map<String, Double> totalsRow(byte[] xlsx, String sheetName) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet(sheetName);
            DataFormatter f = new DataFormatter();
            Row header = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "TT".equals(f.formatCellValue(r.getCell(0)))) {
                    header = r;
                    break;
                }
            }
            Row last = sheet.getRow(sheet.getLastRowNum());
            Map<String, Double> out = new LinkedHashMap<>();
            for (int i = 0; header != null && i < header.getLastCellNum(); i++) {
                var c = last.getCell(i);
                if (c != null && c.getCellType() == CellType.NUMERIC) {
                    out.put(f.formatCellValue(header.getCell(i)), c.getNumericCellValue());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
