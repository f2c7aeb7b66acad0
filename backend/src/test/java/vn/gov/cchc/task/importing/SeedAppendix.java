package vn.gov.cchc.task.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.gov.cchc.support.Seeds;

/**
 * The appendix of the Phú Thọ 2026 plan (seed 003), read from the shared seeds folder at test time (the test is
 * skipped when the folder is absent). Nothing of its prose is copied here.
 */
final class SeedAppendix {

    static final String FILE = "003_af5693127e7833b0.txt";

    private SeedAppendix() {
    }

    /** The whole seed document. */
    static String document() {
        return Seeds.read(FILE);
    }

    /** The lines from the one that says "PHỤ LỤC" on. */
    static String appendix() {
        String doc = document();
        List<String> lines = Arrays.asList(doc.split("\n", -1));
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("PHỤ LỤC")) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            throw new IllegalStateException("seed " + FILE + " has no line \"PHỤ LỤC\"");
        }
        return String.join("\n", lines.subList(from, lines.size()));
    }

    /** The lines of the appendix, each split at tabs (trailing empty cells kept). */
    static List<String[]> appendixLines() {
        return Arrays.stream(appendix().split("\n", -1)).map(l -> l.split("\t", -1)).toList();
    }

    /** An .xlsx whose first sheet has one row per text line (line n on sheet row n), cells split at tabs, numbers as numbers. */
    static byte[] toXlsx(String tsv) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            String[] lines = tsv.split("\n", -1);
            for (int r = 0; r < lines.length; r++) {
                if (lines[r].isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(cells[c])); // as Excel keeps typed numbers
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
