package vn.gov.cchc.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxWriterTest {

    static final String SUBJECT = "Kết quả thực hiện Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026, Quý I/2026";
    static final List<String> RECIPIENTS = List.of(
            "UBND tỉnh (b/c)",
            "Bộ Nội vụ (b/c)",
            "Giám đốc, các Phó Giám đốc Sở",
            "UBND các xã, phường",
            "Các phòng, đơn vị thuộc Sở",
            "Lưu: VT, CCHC");
    static final String TABLE_CAPTION = "Bảng 1. Kết quả thực hiện nhiệm vụ tuyên truyền Quý I/2026";
    static final List<String> TABLE_HEADERS = List.of("TT", "Nhiệm vụ", "Đơn vị thực hiện", "Số lượng", "Kết quả");
    static final String FIRST_BODY_PARAGRAPH = "Thực hiện Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2026 của "
            + "UBND tỉnh về thông tin, tuyên truyền cải cách hành chính năm 2026, Sở Nội vụ đã ban hành văn bản "
            + "hướng dẫn các cơ quan, đơn vị và UBND các xã, phường triển khai thực hiện.";

    static OfficialDocument quarterlyReport(DocHeader header) {
        List<Block> body = List.of(
                new Heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 1),
                new Paragraph(FIRST_BODY_PARAGRAPH + "\n"
                        + "Sở Nội vụ đã phối hợp với Báo Phú Thọ, Đài Phát thanh và Truyền hình tỉnh xây dựng "
                        + "chuyên mục cải cách hành chính định kỳ hằng tháng."),
                new Heading("II. KẾT QUẢ THỰC HIỆN", 1),
                new Heading("1. Kết quả thực hiện các nhiệm vụ theo Kế hoạch", 2),
                new Paragraph("Kết quả thực hiện các nhiệm vụ cụ thể như sau:"),
                new Table(TABLE_CAPTION, TABLE_HEADERS,
                        List.of(
                                List.of("1", "Tuyên truyền trên Cổng thông tin điện tử", "Sở Nội vụ", "125", "Hoàn thành"),
                                List.of("2", "Hội nghị quán triệt, tập huấn", "UBND các xã, phường", "18", "Hoàn thành"),
                                List.of("3", "Phát sóng chuyên mục cải cách hành chính", "Đài PT-TH tỉnh", "12", "Đang thực hiện"),
                                List.of("4", "Tờ rơi, pa nô, áp phích", "UBND các xã, phường", "1.201", "Hoàn thành")),
                        List.of("", "Tổng cộng", "", "1.356", ""),
                        new int[] { 6, 40, 24, 12, 18 }),
                new Heading("2. Đánh giá chung", 2),
                new Paragraph("Công tác tuyên truyền được triển khai đồng bộ, đa dạng về hình thức."),
                new Heading("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", 1),
                new Paragraph("Một số đơn vị chưa chú trọng công tác tuyên truyền; kinh phí còn hạn chế."),
                new Heading("IV. NHIỆM VỤ TRỌNG TÂM QUÝ II/2026", 1),
                new Paragraph("Tiếp tục đẩy mạnh tuyên truyền về chuyển đổi số trong giải quyết thủ tục hành chính.\n"
                        + "Tổ chức Hội thi tìm hiểu về cải cách hành chính năm 2026."));
        return new OfficialDocument(header, "BÁO CÁO", SUBJECT, body, RECIPIENTS,
                new Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"));
    }

    static DocHeader phuThoHeader(String number, LocalDate date) {
        return new DocHeader("UBND TỈNH PHÚ THỌ", "SỞ NỘI VỤ", "BC-SNV", number, "Phú Thọ", date, 2026);
    }

    static XWPFDocument reopen(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static String text(XWPFDocument doc) throws IOException {
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc);
        extractor.setCloseFilesystem(false); // closing it would close the document
        return extractor.getText();
    }

    /** Every paragraph of the document: the body, inside tables (nested too), and in the headers. */
    static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(doc.getBodyElements(), all);
        for (XWPFHeader h : doc.getHeaderList()) {
            collect(h.getBodyElements(), all);
        }
        return all;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                into.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return allParagraphs(doc).stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
    }

    static XWPFRun onlyRun(XWPFParagraph p) {
        assertEquals(1, p.getRuns().size(), "runs of \"" + p.getText() + "\"");
        return p.getRuns().get(0);
    }

    static int twips(Object value) {
        return new BigInteger(String.valueOf(value)).intValue();
    }

    @Test
    void quarterlyReportFollowsDecree30() throws IOException {
        byte[] bytes = DocxWriter.write(quarterlyReport(phuThoHeader("125", LocalDate.of(2026, 4, 5))));

        try (XWPFDocument doc = reopen(bytes)) {
            String text = text(doc);
            for (String expected : List.of("UBND TỈNH PHÚ THỌ", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số:", "/BC-SNV", "Số: 125/BC-SNV",
                    "Phú Thọ, ngày 05 tháng 4 năm 2026", "BÁO CÁO", SUBJECT, FIRST_BODY_PARAGRAPH,
                    "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "IV. NHIỆM VỤ TRỌNG TÂM QUÝ II/2026", TABLE_CAPTION,
                    "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A")) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
            }
            for (int i = 0; i < RECIPIENTS.size(); i++) {
                String line = "- " + RECIPIENTS.get(i) + (i == RECIPIENTS.size() - 1 ? "." : ";");
                assertEquals(line, paragraph(doc, line).getText());
                assertEquals(11.0, onlyRun(paragraph(doc, line)).getFontSizeAsDouble().doubleValue());
            }

            // A4 portrait, margins 20 / 20 / 30 / 15 mm
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertEquals(11906, twips(size.getW()));
            assertEquals(16838, twips(size.getH()));
            CTPageMar mar = sect.getPgMar();
            assertEquals(1134, twips(mar.getTop()));
            assertEquals(1134, twips(mar.getBottom()));
            assertEquals(1701, twips(mar.getLeft()));
            assertEquals(850, twips(mar.getRight()));
            assertTrue(sect.isSetTitlePg(), "page 1 has its own (empty) header: no page number on it");

            // Times New Roman everywhere
            int runs = 0;
            for (XWPFParagraph p : allParagraphs(doc)) {
                for (XWPFRun r : p.getRuns()) {
                    runs++;
                    assertEquals("Times New Roman", r.getFontFamily(), "font of \"" + r + "\"");
                    assertEquals("Times New Roman", r.getFontFamily(XWPFRun.FontCharRange.hAnsi), "hAnsi of \"" + r + "\"");
                    assertEquals("Times New Roman", r.getFontFamily(XWPFRun.FontCharRange.cs), "cs of \"" + r + "\"");
                }
            }
            assertTrue(runs > 40, "runs checked: " + runs);

            // the header: borderless table, issuing body bold 13, motto bold 14, date italic 14
            XWPFTable header = doc.getTables().get(0);
            assertEquals(XWPFTable.XWPFBorderType.NONE, header.getTopBorderType());
            assertEquals(XWPFTable.XWPFBorderType.NONE, header.getInsideVBorderType());
            XWPFRun issuing = onlyRun(paragraph(doc, "SỞ NỘI VỤ"));
            assertTrue(issuing.isBold());
            assertEquals(13.0, issuing.getFontSizeAsDouble().doubleValue());
            assertFalse(onlyRun(paragraph(doc, "UBND TỈNH PHÚ THỌ")).isBold());
            XWPFRun nation = onlyRun(paragraph(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
            assertTrue(nation.isBold());
            assertEquals(13.0, nation.getFontSizeAsDouble().doubleValue());
            XWPFRun motto = onlyRun(paragraph(doc, "Độc lập - Tự do - Hạnh phúc"));
            assertTrue(motto.isBold());
            assertEquals(14.0, motto.getFontSizeAsDouble().doubleValue());
            XWPFRun date = onlyRun(paragraph(doc, "Phú Thọ, ngày 05 tháng 4 năm 2026"));
            assertTrue(date.isItalic());
            assertEquals(14.0, date.getFontSizeAsDouble().doubleValue());
            // number and date on the same line: the second row of the header table
            assertEquals("Số: 125/BC-SNV", header.getRow(1).getCell(0).getText());
            assertEquals("Phú Thọ, ngày 05 tháng 4 năm 2026", header.getRow(1).getCell(1).getText());
            // the short rules under the issuing body and the motto
            List<XWPFParagraph> leftTop = header.getRow(0).getCell(0).getParagraphs();
            assertEquals(org.apache.poi.xwpf.usermodel.Borders.SINGLE, leftTop.get(leftTop.size() - 1).getBorderBottom());
            List<XWPFParagraph> rightTop = header.getRow(0).getCell(1).getParagraphs();
            assertEquals(org.apache.poi.xwpf.usermodel.Borders.SINGLE, rightTop.get(rightTop.size() - 1).getBorderBottom());

            // kind and subject: centred bold 14, a rule under the subject
            XWPFParagraph kind = paragraph(doc, "BÁO CÁO");
            assertEquals(ParagraphAlignment.CENTER, kind.getAlignment());
            assertTrue(onlyRun(kind).isBold());
            assertEquals(14.0, onlyRun(kind).getFontSizeAsDouble().doubleValue());
            XWPFParagraph subject = paragraph(doc, SUBJECT);
            assertEquals(ParagraphAlignment.CENTER, subject.getAlignment());
            assertTrue(onlyRun(subject).isBold());
            List<IBodyElement> elements = doc.getBodyElements();
            IBodyElement afterSubject = elements.get(elements.indexOf(subject) + 1);
            assertEquals(org.apache.poi.xwpf.usermodel.Borders.SINGLE, ((XWPFParagraph) afterSubject).getBorderBottom());

            // body: justified 14 pt, first line indented 1 cm, 6 pt between paragraphs
            XWPFParagraph first = paragraph(doc, FIRST_BODY_PARAGRAPH);
            assertEquals(ParagraphAlignment.BOTH, first.getAlignment());
            assertEquals(567, first.getIndentationFirstLine());
            assertEquals(120, first.getSpacingAfter());
            assertEquals(14.0, onlyRun(first).getFontSizeAsDouble().doubleValue());
            assertFalse(onlyRun(first).isBold());
            assertTrue(onlyRun(paragraph(doc, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")).isBold());
            assertTrue(onlyRun(paragraph(doc, "1. Kết quả thực hiện các nhiệm vụ theo Kế hoạch")).isBold());
            // "\n" split the paragraph in two
            assertTrue(allParagraphs(doc).stream().anyMatch(p -> p.getText().startsWith("Sở Nội vụ đã phối hợp")));

            // the data table: header row repeated, bold and centred; widths in proportion; bold total row
            XWPFTable data = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("TT")).findFirst().orElseThrow();
            assertEquals(1 + 4 + 1, data.getNumberOfRows());
            XWPFTableRow head = data.getRow(0);
            assertTrue(head.isRepeatHeader());
            for (int c = 0; c < TABLE_HEADERS.size(); c++) {
                XWPFTableCell cell = head.getCell(c);
                assertEquals(TABLE_HEADERS.get(c), cell.getText());
                assertEquals(ParagraphAlignment.CENTER, cell.getParagraphs().get(0).getAlignment());
                XWPFRun run = onlyRun(cell.getParagraphs().get(0));
                assertTrue(run.isBold());
                assertEquals(12.0, run.getFontSizeAsDouble().doubleValue());
            }
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, data.getTopBorderType());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, data.getInsideHBorderType());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, data.getInsideVBorderType());
            assertEquals("Tuyên truyền trên Cổng thông tin điện tử", data.getRow(1).getCell(1).getText());
            assertFalse(onlyRun(data.getRow(1).getCell(1).getParagraphs().get(0)).isBold());
            XWPFTableRow total = data.getRow(5);
            assertEquals("Tổng cộng", total.getCell(1).getText());
            assertEquals("1.356", total.getCell(3).getText());
            assertTrue(onlyRun(total.getCell(1).getParagraphs().get(0)).isBold());
            assertTrue(onlyRun(total.getCell(3).getParagraphs().get(0)).isBold());
            int narrow = head.getCell(0).getWidth();
            int wide = head.getCell(1).getWidth();
            assertTrue(wide > 6 * narrow, narrow + " / " + wide);
            int sum = 0;
            for (XWPFTableCell cell : head.getTableCells()) {
                sum += cell.getWidth();
            }
            assertEquals(11906 - 1701 - 850, sum, "the table spans the text width");

            // closing: "Nơi nhận:" bold italic 12 on the left, the signature block on the right
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            XWPFTableCell left = closing.getRow(0).getCell(0);
            XWPFRun where = onlyRun(left.getParagraphs().get(0));
            assertEquals("Nơi nhận:", where.text());
            assertTrue(where.isBold());
            assertTrue(where.isItalic());
            assertEquals(12.0, where.getFontSizeAsDouble().doubleValue());
            List<XWPFParagraph> sign = closing.getRow(0).getCell(1).getParagraphs();
            assertEquals("KT. GIÁM ĐỐC", sign.get(0).getText());
            assertEquals("PHÓ GIÁM ĐỐC", sign.get(1).getText());
            assertEquals("Nguyễn Văn A", sign.get(sign.size() - 1).getText());
            assertTrue(sign.size() - 3 >= 3, "blank lines for the signature");
            for (XWPFParagraph p : sign) {
                assertEquals(ParagraphAlignment.CENTER, p.getAlignment());
                p.getRuns().forEach(r -> assertTrue(r.isBold(), r.text()));
            }

            // page numbers from page 2 on
            assertTrue(doc.getHeaderList().stream()
                    .flatMap(h -> h.getParagraphs().stream())
                    .flatMap(p -> p.getRuns().stream())
                    .anyMatch(r -> r.getCTR().getInstrTextList().stream()
                            .anyMatch(t -> t.getStringValue().strip().equals("PAGE"))));
            assertNotNull(doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void unnumberedAndUndatedDraftPrintsBlanks() throws IOException {
        byte[] bytes = DocxWriter.write(quarterlyReport(
                new DocHeader(null, "SỞ NỘI VỤ", "BC-SNV", null, "Phú Thọ", null, 2026)));
        try (XWPFDocument doc = reopen(bytes)) {
            String text = text(doc);
            assertTrue(Pattern.compile("Số: {3,}/BC-SNV").matcher(text).find(), text);
            assertTrue(Pattern.compile("Phú Thọ, ngày {3,}tháng {3,}năm 2026").matcher(text).find(), text);
            assertFalse(text.contains("UBND TỈNH"), "no parent body");
            // without a parent body the issuing body opens the header
            assertEquals("SỞ NỘI VỤ", doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getText());
        }
        // a blank number is the same as none
        try (XWPFDocument doc = reopen(DocxWriter.write(quarterlyReport(phuThoHeader("  ", null))))) {
            assertTrue(Pattern.compile("Số: {3,}/BC-SNV").matcher(text(doc)).find());
        }
    }

    @Test
    void leadingZerosFollowDecree30() throws IOException {
        try (XWPFDocument doc = reopen(DocxWriter.write(quarterlyReport(phuThoHeader("7", LocalDate.of(2026, 1, 9)))))) {
            String text = text(doc);
            assertTrue(text.contains("Phú Thọ, ngày 09 tháng 01 năm 2026"), text);
            assertTrue(text.contains("Số: 07/BC-SNV"), text);
        }
        assertEquals("ngày 28 tháng 02 năm 2026", DocxWriter.dateText(LocalDate.of(2026, 2, 28), 0));
        assertEquals("ngày 10 tháng 3 năm 2026", DocxWriter.dateText(LocalDate.of(2026, 3, 10), 0));
        assertEquals("ngày 01 tháng 12 năm 2025", DocxWriter.dateText(LocalDate.of(2025, 12, 1), 2026));
        assertEquals("ngày 31 tháng 10 năm 2026", DocxWriter.dateText(LocalDate.of(2026, 10, 31), 0));
    }

    @Test
    void recipientsGetDashesAndFinalPunctuation() {
        assertEquals(List.of("- UBND tỉnh (b/c);", "- Như trên;", "- Lưu: VT, CCHC."),
                DocxWriter.recipientLines(List.of("UBND tỉnh (b/c)", "- Như trên;", "Lưu: VT, CCHC")));
        assertEquals(List.of("- Lưu: VT."), DocxWriter.recipientLines(List.of(" ", "Lưu: VT.")));
        assertEquals(List.of(), DocxWriter.recipientLines(null));
    }

    @Test
    void officialLetterWithoutKindTitlePutsSubjectUnderNumber() throws IOException {
        OfficialDocument letter = new OfficialDocument(
                new DocHeader("UBND TỈNH PHÚ THỌ", "SỞ NỘI VỤ", "SNV-CCHC", "45", "Phú Thọ", LocalDate.of(2026, 5, 20), 2026),
                null, "Đôn đốc báo cáo cải cách hành chính Quý II/2026",
                List.of(new Paragraph("Sở Nội vụ đề nghị các cơ quan, đơn vị gửi báo cáo đúng thời hạn.")),
                List.of("Như trên", "Lưu: VT, CCHC"), new Signature(null, "GIÁM ĐỐC", "Trần Thị B"));
        try (XWPFDocument doc = reopen(DocxWriter.write(letter))) {
            XWPFTableCell numberCell = doc.getTables().get(0).getRow(1).getCell(0);
            assertEquals("Số: 45/SNV-CCHC", numberCell.getParagraphs().get(0).getText());
            assertEquals("V/v Đôn đốc báo cáo cải cách hành chính Quý II/2026", numberCell.getParagraphs().get(1).getText());
            List<XWPFParagraph> sign = doc.getTables().get(1).getRow(0).getCell(1).getParagraphs();
            assertEquals("GIÁM ĐỐC", sign.get(0).getText());
            assertEquals("Trần Thị B", sign.get(sign.size() - 1).getText());
        }
    }

    @Test
    void mottoRuleIsAboutAsLongAsTheMotto() {
        int motto = TextWidth.twips("Độc lập - Tự do - Hạnh phúc", 14, true);
        // about 6.3 cm in Word at 14 pt bold Times New Roman
        assertTrue(motto > DocxWriter.mm(58) && motto < DocxWriter.mm(68), "motto " + motto);
        int nationalTitle = TextWidth.twips("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true);
        assertTrue(nationalTitle * 1.04 < DocxWriter.RIGHT_COLUMN - 2 * DocxWriter.CELL_PADDING,
                "the national title fits its column on one line, with some room: " + nationalTitle);
    }
}
