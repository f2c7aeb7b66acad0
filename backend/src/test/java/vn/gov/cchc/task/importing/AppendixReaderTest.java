package vn.gov.cchc.task.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AppendixReaderTest {

    private static final String HEADER = "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện";

    private static String tsv(String... lines) {
        return String.join("\n", lines);
    }

    private static ImportProblem problem(int row, String column, String text, ImportProblemCode code) {
        return new ImportProblem(row, column, text, code);
    }

    // ------------------------------------------------------------------------------------------------ the seed

    @Test
    void seedAppendixGivesElevenTasksInTwoSectionsWithoutProblems() {
        String appendix = SeedAppendix.appendix();
        List<String[]> lines = SeedAppendix.appendixLines();

        AppendixParse parse = AppendixReader.readTsv(appendix);

        assertEquals(List.of(), parse.problems());
        assertEquals(11, parse.tasks().size());
        List<ParsedTask> first = parse.tasks().stream().filter(t -> "I".equals(t.sectionCode())).toList();
        List<ParsedTask> second = parse.tasks().stream().filter(t -> "II".equals(t.sectionCode())).toList();
        assertEquals(4, first.size());
        assertEquals(7, second.size());
        assertEquals(List.of(1, 2, 3, 4), first.stream().map(ParsedTask::orderNo).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), second.stream().map(ParsedTask::orderNo).toList());

        // the section titles are the content cells of the rows "I" and "II" of the seed
        int sectionI = indexOf(lines, "I");
        int sectionII = indexOf(lines, "II");
        assertFalse(first.get(0).sectionTitle().isBlank());
        assertFalse(second.get(0).sectionTitle().isBlank());
        assertEquals(lines.get(sectionI)[1].strip(), first.get(0).sectionTitle());
        assertEquals(lines.get(sectionII)[1].strip(), second.get(0).sectionTitle());
        assertTrue(parse.tasks().stream().allMatch(t -> !t.content().isBlank() && !t.leadText().isBlank()
                && !t.cooperatingText().isBlank() && !t.timeframeText().isBlank() && t.outputText().isEmpty()));

        // II.2 = its own row + the continuation row after the repeated header (line numbers are 1-based)
        int taskII2 = -1;
        int continuation = -1;
        for (int i = sectionII + 1; i < lines.size(); i++) {
            if (taskII2 < 0 && lines.get(i)[0].equals("2")) {
                taskII2 = i;
            }
            if (lines.get(i).length > 1 && lines.get(i)[0].isEmpty() && !lines.get(i)[1].isBlank()) {
                continuation = i;
            }
        }
        ParsedTask ii2 = second.get(1);
        assertTrue(lines.get(continuation)[1].strip().startsWith("- Tăng cường công tác thông tin"));
        assertEquals(lines.get(taskII2)[1].strip() + "\n" + lines.get(continuation)[1].strip(), ii2.content());
        assertEquals(List.of(taskII2 + 1, continuation + 1), ii2.sourceRows());
        assertEquals(lines.get(taskII2)[2].strip(), ii2.leadText());

        ParsedTask ii4 = second.get(3);
        assertEquals(2, ii4.timeframeText().split("Định kỳ", -1).length - 1, ii4.timeframeText());
        assertTrue(ii4.timeframeText().contains(";"));

        // every timeframe of the seed is understood
        for (ParsedTask t : parse.tasks()) {
            assertTrue(TimeframeParser.parse(t.timeframeText(), 2026).isPresent(), t.timeframeText());
        }
        assertEquals(TimeframeKind.MONTHLY, TimeframeParser.parse(ii4.timeframeText(), 2026).orElseThrow().kind());
    }

    private static int indexOf(List<String[]> lines, String tt) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i)[0].equals(tt)) {
                return i;
            }
        }
        throw new AssertionError("no row " + tt);
    }

    @Test
    void theWholeSeedDocumentGivesTheSameTasksAsItsAppendix() {
        AppendixParse appendixOnly = AppendixReader.readTsv(SeedAppendix.appendix());
        AppendixParse whole = AppendixReader.readTsv(SeedAppendix.document());
        assertEquals(List.of(), whole.problems());
        assertEquals(withoutRows(appendixOnly.tasks()), withoutRows(whole.tasks()));
    }

    private static List<ParsedTask> withoutRows(List<ParsedTask> tasks) {
        return tasks.stream().map(t -> new ParsedTask(t.sectionCode(), t.sectionTitle(), t.orderNo(), t.content(),
                t.leadText(), t.cooperatingText(), t.timeframeText(), t.outputText(), List.of())).toList();
    }

    @Test
    void seedAppendixAsXlsxGivesTheSameResult() throws IOException {
        String appendix = SeedAppendix.appendix();
        AppendixParse fromTsv = AppendixReader.readTsv(appendix);
        AppendixParse fromXlsx = AppendixReader.readXlsx(new ByteArrayInputStream(SeedAppendix.toXlsx(appendix)));
        assertEquals(11, fromXlsx.tasks().size());
        assertEquals(fromTsv, fromXlsx);
    }

    @Test
    void seedWithWindowsLineBreaksGivesTheSameResult() {
        String appendix = SeedAppendix.appendix();
        assertEquals(AppendixReader.readTsv(appendix), AppendixReader.readTsv(appendix.replace("\n", "\r\n")));
    }

    // ------------------------------------------------------------------------------------------ the rules

    @Test
    void quotedCellsMayHoldLineBreaksTabsAndQuotes() {
        String text = tsv(HEADER,
                "1\t\"Tuyên truyền:\n- trên \"\"Cổng\"\"\tthông tin\n- trên báo\"\tSở Nội vụ\t\"Các cơ quan,\nđơn vị liên quan\"\tNăm 2026",
                "2\t\"Một ô \"\"có ngoặc\"\" mở\tSở Nội vụ\t\tQuý II",
                "3\tDòng   nhiều    khoảng trắng  \tSở Nội vụ\t\tHàng quý");
        AppendixParse parse = AppendixReader.readTsv(text);

        assertEquals(List.of(), parse.problems());
        assertEquals(3, parse.tasks().size());
        ParsedTask t1 = parse.tasks().get(0);
        assertEquals("Tuyên truyền:\n- trên \"Cổng\" thông tin\n- trên báo", t1.content());
        assertEquals("Các cơ quan,\nđơn vị liên quan", t1.cooperatingText());
        assertEquals("Năm 2026", t1.timeframeText());
        assertEquals(List.of(2), t1.sourceRows());
        // a quote that is not closed before a tab is an ordinary character; line numbers go on after the quoted breaks
        ParsedTask t2 = parse.tasks().get(1);
        assertEquals("\"Một ô \"\"có ngoặc\"\" mở", t2.content());
        assertEquals(List.of(6), t2.sourceRows());
        assertEquals("Dòng nhiều khoảng trắng", parse.tasks().get(2).content());
        assertEquals(List.of(7), parse.tasks().get(2).sourceRows());
        assertNull(t1.sectionCode());
        assertNull(t1.sectionTitle());
    }

    @Test
    void repeatedHeadersTitleLinesBlankRowsAndColumnNumbersAreSkipped() {
        String text = tsv("PHỤ LỤC", "Nhiệm vụ năm 2026", "", HEADER, "(1)\t(2)\t(3)\t(4)\t(5)",
                "I\tNhiệm vụ chung\t\t\t",
                "1\tViệc một\tSở Nội vụ\t\tNăm 2026",
                "",
                "\t\t\t\t",
                HEADER,
                "2\tViệc hai\tSở Nội vụ\t\tNăm 2026",
                "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện",
                "3\tViệc ba\tSở Nội vụ\t\tNăm 2026");
        AppendixParse parse = AppendixReader.readTsv(text);
        assertEquals(List.of(), parse.problems());
        assertEquals(List.of(1, 2, 3), parse.tasks().stream().map(ParsedTask::orderNo).toList());
        assertEquals(List.of(List.of(7), List.of(11), List.of(13)),
                parse.tasks().stream().map(ParsedTask::sourceRows).toList());
        assertTrue(parse.tasks().stream().allMatch(t -> "I".equals(t.sectionCode()) && "Nhiệm vụ chung".equals(t.sectionTitle())));
    }

    @Test
    void headerWithAnOutputColumnInAnotherOrder() {
        String text = tsv("STT\tNội dung công việc\tSản phẩm đầu ra\tThời hạn hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp",
                "01\tBan hành kế hoạch\tKế hoạch\tTrước 30/6/2026\tSở Nội vụ\tSở Tư pháp",
                "2.\tBáo cáo\tBáo cáo quý\tHàng quý\tSở Nội vụ\t");
        AppendixParse parse = AppendixReader.readTsv(text);
        assertEquals(List.of(), parse.problems());
        assertEquals(List.of(
                new ParsedTask(null, null, 1, "Ban hành kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "Trước 30/6/2026",
                        "Kế hoạch", List.of(2)),
                new ParsedTask(null, null, 2, "Báo cáo", "Sở Nội vụ", "", "Hàng quý", "Báo cáo quý", List.of(3))),
                parse.tasks());
    }

    @Test
    void withoutHeaderTheUsualOrderIsAssumed() {
        AppendixParse parse = AppendixReader.readTsv(tsv(
                "I\tNhiệm vụ chung\t\t\t",
                "1\tViệc một\tSở Nội vụ\tCác cơ quan, đơn vị liên quan\tNăm 2026\tKế hoạch",
                "2\tViệc hai\tSở Nội vụ\t\tQuý II"));
        assertEquals(List.of(), parse.problems(), "the first row looks like the table: no warning");
        assertEquals(2, parse.tasks().size());
        assertEquals(new ParsedTask("I", "Nhiệm vụ chung", 1, "Việc một", "Sở Nội vụ", "Các cơ quan, đơn vị liên quan",
                "Năm 2026", "Kế hoạch", List.of(2)), parse.tasks().get(0));

        AppendixParse titled = AppendixReader.readTsv(tsv("Danh mục nhiệm vụ", "1\tViệc một\tSở Nội vụ\t\tNăm 2026"));
        assertEquals(List.of(problem(0, null, "Danh mục nhiệm vụ", ImportProblemCode.NO_HEADER)), titled.problems());
        assertEquals(1, titled.tasks().size());
        assertEquals(List.of(2), titled.tasks().get(0).sourceRows());
    }

    @Test
    void aSectionRowMayBeOneMergedCell() {
        AppendixParse parse = AppendixReader.readTsv(tsv(HEADER, "II. Nhiệm vụ cấp tỉnh", "1\tViệc\tSở Nội vụ\t\tNăm 2026"));
        assertEquals(List.of(), parse.problems());
        assertEquals("II", parse.tasks().get(0).sectionCode());
        assertEquals("Nhiệm vụ cấp tỉnh", parse.tasks().get(0).sectionTitle());
    }

    @Test
    void continuationsJoinContentWithLineBreaksAndOtherCellsWithSemicolons() {
        AppendixParse parse = AppendixReader.readTsv(tsv(HEADER,
                "1\tDòng đầu\tSở Nội vụ\t\tNăm 2026",
                "\tDòng hai\tSở Tư pháp\tCác cơ quan, đơn vị liên quan\t",
                "a)\tý a\t\t\t",
                "\t\t\t\tHàng quý"));
        assertEquals(List.of(), parse.problems());
        ParsedTask t = parse.tasks().get(0);
        assertEquals("Dòng đầu\nDòng hai\na) ý a", t.content());
        assertEquals("Sở Nội vụ; Sở Tư pháp", t.leadText());
        assertEquals("Các cơ quan, đơn vị liên quan", t.cooperatingText());
        assertEquals("Năm 2026; Hàng quý", t.timeframeText());
        assertEquals(List.of(2, 3, 4, 5), t.sourceRows());
    }

    @Test
    void orphanContinuations() {
        AppendixParse parse = AppendixReader.readTsv(tsv(HEADER,
                "\tKhông thuộc nhiệm vụ nào\t\t\t",
                "I\tPhần một\t\t\t",
                "1\tViệc một\tSở Nội vụ\t\tNăm 2026",
                "II\tPhần hai\t\t\t",
                "\tSau tiêu đề phần\t\t\t",
                "1\tViệc hai\tSở Nội vụ\t\tNăm 2026"));
        assertEquals(List.of(
                problem(2, "content", "Không thuộc nhiệm vụ nào", ImportProblemCode.ORPHAN_CONTINUATION),
                problem(6, "content", "Sau tiêu đề phần", ImportProblemCode.ORPHAN_CONTINUATION)), parse.problems());
        assertEquals(List.of("Việc một", "Việc hai"), parse.tasks().stream().map(ParsedTask::content).toList());
    }

    @Test
    void duplicateOrderInTheSameSection() {
        AppendixParse parse = AppendixReader.readTsv(tsv(HEADER,
                "I\tPhần một\t\t\t",
                "1\tViệc một\tSở Nội vụ\t\tNăm 2026",
                "1.\tViệc một nữa\tSở Nội vụ\t\tNăm 2026",
                "II\tPhần hai\t\t\t",
                "1\tViệc của phần hai\tSở Nội vụ\t\tNăm 2026"));
        assertEquals(List.of(problem(4, "TT", "1.", ImportProblemCode.DUPLICATE_ORDER)), parse.problems());
        assertEquals(3, parse.tasks().size(), "the duplicate is kept for the user to fix");
    }

    @Test
    void missingLeadAndContent() {
        AppendixParse parse = AppendixReader.readTsv(tsv(HEADER,
                "1\tViệc một\t\tSở Tư pháp\tNăm 2026",
                "2\t\tSở Nội vụ\t\tNăm 2026",
                "3\tViệc ba\tSở Nội vụ\t\t"));
        assertEquals(List.of(
                problem(2, "lead", null, ImportProblemCode.MISSING_LEAD),
                problem(3, "content", null, ImportProblemCode.MISSING_CONTENT)), parse.problems());
        assertEquals(3, parse.tasks().size());
    }

    @Test
    void anOverLongCellIsReportedAndKept() {
        String longText = "x".repeat(AppendixReader.MAX_CELL_CHARS + 1);
        AppendixParse parse = AppendixReader.readTsv(tsv(HEADER,
                "1\tViệc một\tSở Nội vụ\t\tNăm 2026",
                "2\t" + longText + "\tSở Nội vụ\t\tNăm 2026"));
        assertEquals(1, parse.problems().size());
        ImportProblem p = parse.problems().get(0);
        assertEquals(3, p.row());
        assertEquals("content", p.column());
        assertEquals(ImportProblemCode.CELL_TOO_LONG, p.code());
        assertTrue(longText.startsWith(p.text().replace("…", "")));
        assertEquals(longText, parse.tasks().get(1).content(), "not truncated");

        AppendixParse exactlyAtLimit = AppendixReader.readTsv(tsv(HEADER,
                "1\t" + "y".repeat(AppendixReader.MAX_CELL_CHARS) + "\tSở Nội vụ\t\tNăm 2026"));
        assertEquals(List.of(), exactlyAtLimit.problems());
    }

    @Test
    void unbalancedQuotesAreReadQuickly() {
        String hostile = HEADER + "\n" + "1\t\"a\tSở Nội vụ\t\tNăm 2026\n".repeat(1500) + "\"\"x";
        AppendixParse parse = org.junit.jupiter.api.Assertions.assertTimeout(java.time.Duration.ofSeconds(3),
                () -> AppendixReader.readTsv(hostile));
        assertEquals(1500, parse.tasks().size());
        assertEquals("\"a", parse.tasks().get(0).content());
    }

    @Test
    void tooManyRows() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 1; i <= AppendixReader.MAX_ROWS + 5; i++) {
            lines.add(i + "\tViệc " + i + "\tSở Nội vụ\t\tNăm 2026");
        }
        AppendixParse parse = AppendixReader.readTsv(String.join("\n", lines));
        assertEquals(List.of(problem(0, null, String.valueOf(AppendixReader.MAX_ROWS), ImportProblemCode.TOO_MANY_ROWS)),
                parse.problems());
        assertEquals(AppendixReader.MAX_ROWS - 1, parse.tasks().size(), "the header counts as a row");
    }

    @Test
    void nothingToRead() {
        assertEquals(new AppendixParse(List.of(), List.of(problem(0, null, null, ImportProblemCode.NO_TASKS))),
                AppendixReader.readTsv(""));
        assertEquals(List.of(problem(0, null, null, ImportProblemCode.NO_TASKS)),
                AppendixReader.readTsv(tsv(HEADER, "I\tPhần một\t\t\t")).problems());
        AppendixParse prose = AppendixReader.readTsv(tsv("Một đoạn văn bản", "không có bảng"));
        assertEquals(List.of(ImportProblemCode.NO_HEADER, ImportProblemCode.NO_TASKS),
                prose.problems().stream().map(ImportProblem::code).toList());
    }

    // ----------------------------------------------------------------------------------------------- xlsx

    @Test
    void unreadableXlsx() {
        AppendixParse parse = AppendixReader.readXlsx(
                new ByteArrayInputStream("TT\tNội dung\nkhông phải xlsx".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new AppendixParse(List.of(), List.of(problem(0, null, null, ImportProblemCode.UNREADABLE_FILE))),
                parse);
    }

    @Test
    void emptyFileIsUnreadable() {
        assertEquals(List.of(problem(0, null, null, ImportProblemCode.UNREADABLE_FILE)),
                AppendixReader.readXlsx(new ByteArrayInputStream(new byte[0])).problems());
    }

    @Test
    void legacyXlsIsReadToo() throws IOException {
        byte[] bytes;
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            String[] lines = { HEADER, "I\tPhần một\t\t\t", "1\tViệc một\tSở Nội vụ\t\tNăm 2026" };
            for (int r = 0; r < lines.length; r++) {
                String[] cells = lines[r].split("\t", -1);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            bytes = out.toByteArray();
        }
        AppendixParse parse = AppendixReader.readXlsx(new ByteArrayInputStream(bytes));
        assertEquals(List.of(), parse.problems());
        assertEquals(List.of(new ParsedTask("I", "Phần một", 1, "Việc một", "Sở Nội vụ", "", "Năm 2026", "", List.of(3))),
                parse.tasks());
    }

    @Test
    void xlsxWithMultiLineCellsDatesAndALeadMergedOverSeveralTasks() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            String[] header = HEADER.split("\t");
            Row h = sheet.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c + 1).setCellValue(header[c]); // the table starts in column B
            }
            Row r1 = sheet.createRow(3);
            r1.createCell(1).setCellValue(1);
            r1.createCell(2).setCellValue("Dòng một\r\nDòng hai");
            r1.createCell(3).setCellValue("Sở Nội vụ");
            var date = r1.createCell(5);
            date.setCellValue(java.time.LocalDate.of(2026, 6, 30));
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            date.setCellStyle(dateStyle);
            Row r2 = sheet.createRow(4);
            r2.createCell(1).setCellValue(2);
            r2.createCell(2).setCellValue("Việc hai");
            r2.createCell(5).setCellValue("Quý II");
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 3, 3)); // lead D4:D5
            wb.write(out);
            bytes = out.toByteArray();
        }
        AppendixParse parse = AppendixReader.readXlsx(new ByteArrayInputStream(bytes));
        assertEquals(List.of(), parse.problems());
        assertEquals(List.of(
                new ParsedTask(null, null, 1, "Dòng một\nDòng hai", "Sở Nội vụ", "", "30/06/2026", "", List.of(4)),
                new ParsedTask(null, null, 2, "Việc hai", "Sở Nội vụ", "", "Quý II", "", List.of(5))),
                parse.tasks());
        assertEquals(TimeframeKind.DATE, TimeframeParser.parse("30/06/2026", 2026).orElseThrow().kind());
    }

    @Test
    void problemsAreInRowOrder() {
        AppendixParse parse = AppendixReader.readTsv(tsv(HEADER,
                "1\tViệc\t\t\tNăm 2026",
                "1\tViệc\tSở Nội vụ\t\tNăm 2026"));
        assertEquals(List.of(2, 3), parse.problems().stream().map(ImportProblem::row).collect(Collectors.toList()));
    }
}
