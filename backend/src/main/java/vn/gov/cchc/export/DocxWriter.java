package vn.gov.cchc.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes an {@link OfficialDocument} as a .docx laid out per Decree 30/2020/NĐ-CP, Appendix I
 * (A4, Times New Roman, the header with the issuing body and the national motto, tên loại and
 * trích yếu, the body, then "Nơi nhận" beside the signature block), with Apache POI's XWPF.
 */
public final class DocxWriter {

    static final String FONT = "Times New Roman";
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    /** A4 portrait, in twips (1/1440 inch). */
    static final int PAGE_WIDTH = mm(210);
    static final int PAGE_HEIGHT = mm(297);
    /** Margins (Decree 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm). */
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    /** The distance of the page-number header from the top edge. */
    static final int HEADER_DISTANCE = mm(10);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /**
     * The header and the closing block: about 38 % left, 62 % right, so that the national title
     * (13 pt bold, about 9.5 cm) stays on one line in its column.
     */
    static final int LEFT_COLUMN = Math.round(TEXT_WIDTH * 0.38f);
    static final int RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
    /** Left and right padding of the cells of every table. */
    static final int CELL_PADDING = mm(1);

    private static final int BODY_SIZE = 14;
    private static final int HEADER_SIZE = 13;
    private static final int TABLE_SIZE = 12;
    private static final int FIRST_LINE_INDENT = mm(10);
    private static final int PARAGRAPH_SPACING = 120; // 6 pt
    private static final double BODY_LINE_SPACING = 1.1;

    private static final String MOTTO_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Blank space where the number, day and month will be written by hand. */
    private static final String BLANK_NUMBER = "        ";
    private static final String BLANK_DAY = "      ";

    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9.,\\s]*%?|[-+]?[0-9]*[.,][0-9]+%?");

    private DocxWriter() {
    }

    /** The document as the bytes of a .docx file. */
    public static byte[] write(OfficialDocument doc) {
        if (doc == null || doc.header() == null) {
            throw new IllegalArgumentException("document and header are required");
        }
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(d);
            header(d, doc);
            title(d, doc);
            body(d, doc.body());
            closing(d, doc.recipients(), doc.signature());
            page(d);
            properties(d, doc);
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- texts (package-private for tests)

    /** "Số: 12/BC-SNV", or "Số:        /BC-SNV" while unnumbered; numbers below 10 get a leading zero. */
    static String numberLine(DocHeader h) {
        String number = h.number() == null ? "" : h.number().strip();
        if (number.isEmpty()) {
            number = BLANK_NUMBER;
        } else if (number.matches("[0-9]+") && number.length() == 1) {
            number = "0" + number;
        }
        String symbol = h.symbol() == null ? "" : h.symbol().strip().toUpperCase(VI);
        return "Số: " + number + (symbol.isEmpty() ? "" : "/" + symbol);
    }

    /**
     * "Phú Thọ, ngày 05 tháng 4 năm 2026": per Decree 30 a day below 10 and the months 1 and 2 get a
     * leading zero; while undated, "Phú Thọ, ngày      tháng      năm 2026".
     */
    static String placeAndDate(DocHeader h) {
        String place = h.place() == null || h.place().isBlank() ? "" : h.place().strip() + ", ";
        return place + dateText(h.date(), h.year());
    }

    static String dateText(LocalDate date, int year) {
        if (date == null) {
            return "ngày" + BLANK_DAY + "tháng" + BLANK_DAY + "năm" + (year > 0 ? " " + year : BLANK_DAY);
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        String dd = day < 10 ? "0" + day : String.valueOf(day);
        String mm = month <= 2 ? "0" + month : String.valueOf(month);
        return "ngày " + dd + " tháng " + mm + " năm " + date.getYear();
    }

    /** "- item;" for all but the last, "- item." for the last; a final ";" or "." given is kept. */
    static List<String> recipientLines(List<String> recipients) {
        List<String> items = new ArrayList<>();
        if (recipients != null) {
            for (String r : recipients) {
                if (r != null && !r.isBlank()) {
                    items.add(r.strip().replaceFirst("^[-–•]\\s*", ""));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            boolean last = i == items.size() - 1;
            if (!item.endsWith(";") && !item.endsWith(".")) {
                item += last ? "." : ";";
            }
            lines.add("- " + item);
        }
        return lines;
    }

    // ---------------------------------------------------------------- parts

    private static void defaults(XWPFDocument d) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        rPr.addNewLang().setVal("vi-VN");
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        d.createStyles().setStyles(styles);
    }

    /**
     * Boxes 1–4: a borderless table. Row 1: parent and issuing body with a short rule | national
     * title and motto with a rule as long as the motto. Row 2: number and symbol | place and date, so
     * that both stand on the same line as Decree 30 requires.
     */
    private static void header(XWPFDocument d, OfficialDocument doc) {
        DocHeader h = doc.header();
        XWPFTable t = layoutTable(d, 2, new int[] { LEFT_COLUMN, RIGHT_COLUMN });

        XWPFTableCell body = t.getRow(0).getCell(0);
        XWPFParagraph p = firstParagraph(body);
        boolean hasParent = h.parentBody() != null && !h.parentBody().isBlank();
        String issuing = h.issuingBody() == null ? "" : h.issuingBody().strip().toUpperCase(VI);
        if (hasParent) {
            centred(p);
            text(p, h.parentBody().strip().toUpperCase(VI), HEADER_SIZE, false, false);
            p = body.addParagraph();
        }
        centred(p);
        text(p, issuing, HEADER_SIZE, true, false);
        rule(body.addParagraph(), LEFT_COLUMN, widestLine(issuing, HEADER_SIZE, true, LEFT_COLUMN) * 2 / 5);

        XWPFTableCell nation = t.getRow(0).getCell(1);
        p = firstParagraph(nation);
        centred(p);
        text(p, MOTTO_TITLE, HEADER_SIZE, true, false);
        p = nation.addParagraph();
        centred(p);
        text(p, MOTTO, BODY_SIZE, true, false);
        rule(nation.addParagraph(), RIGHT_COLUMN, TextWidth.twips(MOTTO, BODY_SIZE, true));

        p = firstParagraph(t.getRow(1).getCell(0));
        centred(p);
        p.setSpacingBefore(80);
        text(p, numberLine(h), HEADER_SIZE, false, false);
        if (isBlank(doc.kindTitle()) && !isBlank(doc.subject())) {
            // công văn: the subject goes under the number as "V/v …", 12–13 pt regular
            p = t.getRow(1).getCell(0).addParagraph();
            centred(p);
            p.setSpacingBefore(80);
            text(p, "V/v " + doc.subject().strip(), 12, false, false);
        }
        p = firstParagraph(t.getRow(1).getCell(1));
        centred(p);
        p.setSpacingBefore(80);
        text(p, placeAndDate(h), BODY_SIZE, false, true);
    }

    /** Boxes 5a: tên loại and trích yếu, centred bold, with a short rule under the subject. */
    private static void title(XWPFDocument d, OfficialDocument doc) {
        if (isBlank(doc.kindTitle())) {
            spacer(d, 240);
            return;
        }
        XWPFParagraph p = d.createParagraph();
        centred(p);
        p.setSpacingBefore(360);
        p.setKeepNext(true);
        text(p, doc.kindTitle().strip().toUpperCase(VI), BODY_SIZE, true, false);
        if (!isBlank(doc.subject())) {
            p = d.createParagraph();
            centred(p);
            p.setKeepNext(true);
            text(p, doc.subject().strip(), BODY_SIZE, true, false);
            rule(d.createParagraph(), TEXT_WIDTH, widestLine(doc.subject().strip(), BODY_SIZE, true, TEXT_WIDTH) * 2 / 5);
        }
        spacer(d, 120);
    }

    private static void body(XWPFDocument d, List<Block> blocks) {
        if (blocks == null) {
            return;
        }
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                heading(d, h);
            } else if (block instanceof Paragraph para) {
                paragraphs(d, para.text());
            } else if (block instanceof Table t) {
                dataTable(d, t);
            }
        }
    }

    private static void heading(XWPFDocument d, Heading h) {
        if (isBlank(h.text())) {
            return;
        }
        XWPFParagraph p = bodyParagraph(d.createParagraph());
        p.setKeepNext(true);
        text(p, h.text().strip(), BODY_SIZE, true, h.level() >= 3);
    }

    private static void paragraphs(XWPFDocument d, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\r?\\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            text(bodyParagraph(d.createParagraph()), line.strip(), BODY_SIZE, false, false);
        }
    }

    private static XWPFParagraph bodyParagraph(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(PARAGRAPH_SPACING);
        p.setSpacingBetween(BODY_LINE_SPACING, LineSpacingRule.AUTO);
        return p;
    }

    private static void dataTable(XWPFDocument d, Table table) {
        List<String> headers = table.headers() == null ? List.of() : table.headers();
        List<List<String>> rows = table.rows() == null ? List.of() : table.rows();
        int columns = headers.size();
        for (List<String> row : rows) {
            columns = Math.max(columns, row == null ? 0 : row.size());
        }
        if (table.totalRow() != null) {
            columns = Math.max(columns, table.totalRow().size());
        }
        if (columns == 0) {
            return;
        }
        if (!isBlank(table.caption())) {
            XWPFParagraph p = d.createParagraph();
            centred(p);
            p.setSpacingBefore(60);
            p.setSpacingAfter(60);
            p.setKeepNext(true);
            text(p, table.caption().strip(), 13, true, false);
        }
        int rowCount = (headers.isEmpty() ? 0 : 1) + rows.size() + (table.totalRow() == null ? 0 : 1);
        if (rowCount == 0) {
            return;
        }
        XWPFTable t = layoutTable(d, rowCount, widths(table.relativeWidths(), columns));
        XWPFBorderType line = XWPFBorderType.SINGLE;
        t.setTopBorder(line, 4, 0, "000000");
        t.setBottomBorder(line, 4, 0, "000000");
        t.setLeftBorder(line, 4, 0, "000000");
        t.setRightBorder(line, 4, 0, "000000");
        t.setInsideHBorder(line, 4, 0, "000000");
        t.setInsideVBorder(line, 4, 0, "000000");
        int r = 0;
        if (!headers.isEmpty()) {
            XWPFTableRow row = t.getRow(r++);
            row.setRepeatHeader(true);
            fillRow(row, headers, true, true);
        }
        for (List<String> data : rows) {
            fillRow(t.getRow(r++), data == null ? List.of() : data, false, false);
        }
        if (table.totalRow() != null) {
            fillRow(t.getRow(r), table.totalRow(), true, false);
        }
        // two adjacent tables would merge into one: always close a table with a paragraph
        spacer(d, 120);
    }

    private static void fillRow(XWPFTableRow row, List<String> values, boolean bold, boolean header) {
        row.setCantSplitRow(true);
        for (int c = 0; c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            String value = c < values.size() && values.get(c) != null ? values.get(c).strip() : "";
            String[] lines = value.split("\\r?\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph p = i == 0 ? firstParagraph(cell) : cell.addParagraph();
                p.setSpacingBefore(40);
                p.setSpacingAfter(40);
                p.setAlignment(header || NUMERIC.matcher(value).matches() ? ParagraphAlignment.CENTER
                        : ParagraphAlignment.LEFT);
                if (!lines[i].isEmpty()) {
                    text(p, lines[i], TABLE_SIZE, bold, false);
                }
            }
        }
    }

    /** Box 9a "Nơi nhận" on the left, box 7 the signature block on the right, in a borderless table. */
    private static void closing(XWPFDocument d, List<String> recipients, Signature signature) {
        spacer(d, 120);
        // the signature block never stands alone on the last page: the last paragraphs go with it
        List<XWPFParagraph> paragraphs = d.getParagraphs();
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 3); i--) {
            paragraphs.get(i).setKeepNext(true);
        }
        XWPFTable t = layoutTable(d, 1, new int[] { LEFT_COLUMN, RIGHT_COLUMN });
        XWPFTableRow row = t.getRow(0);
        row.setCantSplitRow(true);

        XWPFTableCell left = row.getCell(0);
        List<String> lines = recipientLines(recipients);
        XWPFParagraph p = firstParagraph(left);
        if (!lines.isEmpty()) {
            text(p, "Nơi nhận:", 12, true, true);
            for (String line : lines) {
                p = left.addParagraph();
                text(p, line, 11, false, false);
            }
        }

        XWPFTableCell right = row.getCell(1);
        p = firstParagraph(right);
        centred(p);
        if (signature == null) {
            return;
        }
        boolean first = true;
        for (String s : new String[] { signature.capacity(), signature.position() }) {
            if (isBlank(s)) {
                continue;
            }
            if (!first) {
                p = right.addParagraph();
                centred(p);
            }
            first = false;
            text(p, s.strip().toUpperCase(VI), BODY_SIZE, true, false);
        }
        for (int i = 0; i < 4; i++) {
            centred(right.addParagraph()); // room for the signature and the seal
        }
        if (!isBlank(signature.name())) {
            p = right.addParagraph();
            centred(p);
            text(p, signature.name().strip(), BODY_SIZE, true, false);
        }
    }

    /** A4 portrait, the margins, and the page number centred in the top margin from page 2 on. */
    private static void page(XWPFDocument d) {
        XWPFHeader first = d.createHeader(HeaderFooterType.FIRST); // sets titlePg: page 1 has no number
        first.createParagraph();
        XWPFHeader other = d.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = other.createParagraph();
        centred(p);
        XWPFRun begin = styled(p.createRun(), BODY_SIZE, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = styled(p.createRun(), BODY_SIZE, false, false);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = styled(p.createRun(), BODY_SIZE, false, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        styled(p.createRun(), BODY_SIZE, false, false).setText("2");
        XWPFRun end = styled(p.createRun(), BODY_SIZE, false, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);

        CTSectPr sect = d.getDocument().getBody().isSetSectPr()
                ? d.getDocument().getBody().getSectPr()
                : d.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void properties(XWPFDocument d, OfficialDocument doc) {
        var core = d.getProperties().getCoreProperties();
        String title = String.join(" ", nonBlank(doc.kindTitle()), nonBlank(doc.subject())).strip();
        if (!title.isEmpty()) {
            core.setTitle(title);
        }
        if (!isBlank(doc.header().issuingBody())) {
            core.setCreator(doc.header().issuingBody().strip());
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A table of full text width, fixed layout, with the given column widths and no borders. */
    private static XWPFTable layoutTable(XWPFDocument d, int rows, int[] widths) {
        XWPFTable t = d.createTable(rows, widths.length);
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(String.valueOf(TEXT_WIDTH));
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setCellMargins(0, CELL_PADDING, 0, CELL_PADDING);
        XWPFBorderType none = XWPFBorderType.NONE;
        t.setTopBorder(none, 0, 0, "auto");
        t.setBottomBorder(none, 0, 0, "auto");
        t.setLeftBorder(none, 0, 0, "auto");
        t.setRightBorder(none, 0, 0, "auto");
        t.setInsideHBorder(none, 0, 0, "auto");
        t.setInsideVBorder(none, 0, 0, "auto");
        CTTblPr tblPr = t.getCTTbl().getTblPr();
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(widths[c]));
            }
        }
        return t;
    }

    /** Column widths in twips from relative widths (equal when absent or of the wrong length). */
    static int[] widths(int[] relative, int columns) {
        int[] rel = new int[columns];
        long sum = 0;
        boolean usable = relative != null && relative.length == columns;
        for (int c = 0; c < columns; c++) {
            rel[c] = usable && relative[c] > 0 ? relative[c] : 1;
            sum += rel[c];
        }
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? TEXT_WIDTH - used : (int) (TEXT_WIDTH * rel[c] / sum);
            used += widths[c];
        }
        return widths;
    }

    /** A short horizontal rule of about {@code length} twips, centred in {@code available}. */
    private static void rule(XWPFParagraph p, int available, int length) {
        int inner = available - 2 * CELL_PADDING;
        int len = Math.max(mm(12), Math.min(length, inner));
        int indent = Math.max(0, (inner - len) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(2, LineSpacingRule.EXACT); // a 2 pt high empty line: the rule hugs the text
    }

    /** The width of the longest line {@code text} takes at most {@code available} wide. */
    private static int widestLine(String text, int points, boolean bold, int available) {
        int widest = 0;
        for (String line : text.split("\\r?\\n")) {
            widest = Math.max(widest, TextWidth.twips(line, points, bold));
        }
        return Math.min(widest, available - 2 * CELL_PADDING);
    }

    private static void spacer(XWPFDocument d, int twipsAfter) {
        XWPFParagraph p = d.createParagraph();
        p.setSpacingAfter(0);
        p.setSpacingBetween(Math.max(1, twipsAfter / 20.0), LineSpacingRule.EXACT);
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    private static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
    }

    /** Adds {@code text} to the paragraph; "\n" inside becomes a line break. */
    private static void text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        String[] lines = text.split("\\r?\\n", -1);
        XWPFRun run = styled(p.createRun(), size, bold, italic);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static XWPFRun styled(XWPFRun run, int size, boolean bold, boolean italic) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        return run;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nonBlank(String s) {
        return s == null ? "" : s.strip();
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
