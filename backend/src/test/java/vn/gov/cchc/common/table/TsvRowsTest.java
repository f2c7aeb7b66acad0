package vn.gov.cchc.common.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Pasted tab-separated text to rows of cells, with the lenient-quote rule. */
class TsvRowsTest {

    private static List<SourceRow> read(String text) {
        return TsvRows.read(text, 100, 10);
    }

    private static List<List<String>> cells(String text) {
        return read(text).stream().map(SourceRow::cells).toList();
    }

    private static List<Integer> rowNumbers(String text) {
        return read(text).stream().map(SourceRow::rowNo).toList();
    }

    @Test
    void tabsSplitCellsAndLineBreaksSplitRows() {
        assertEquals(List.of(List.of("1", "Việc một", "Sở Nội vụ"), List.of("2", "Việc hai", "")),
                cells("1\tViệc một\tSở Nội vụ\n2\tViệc hai\t"));
        assertEquals(cells("a\tb\nc\td"), cells("a\tb\r\nc\td\r\n"));
        assertEquals(cells("a\tb\nc\td"), cells("a\tb\rc\td"));
        assertEquals(cells("a\tb"), cells("\uFEFFa\tb"));
    }

    @Test
    void excelQuotesCellsThatHoldTabsLineBreaksOrQuotes() {
        String text = "1\t\"Tuyên truyền:\n- trên \"\"Cổng\"\"\tthông tin\"\tSở Nội vụ\n2\t\"x\"";
        assertEquals(List.of(List.of("1", "Tuyên truyền:\n- trên \"Cổng\" thông tin", "Sở Nội vụ"), List.of("2", "x")),
                cells(text));
        // rows are numbered by the line they start on, counting the breaks inside quoted cells
        assertEquals(List.of(1, 3), rowNumbers(text));
    }

    @Test
    void aQuoteThatDoesNotCloseBeforeATabOrLineBreakIsAnOrdinaryCharacter() {
        // the lenient-quote rule: Word does not quote, so a cell may start with a quote it never closes
        String text = "1\t\"Một ô \"\"có ngoặc\"\" mở\tSở Nội vụ\n2\t\"Cổng\" thông tin\tSở Tư pháp\n3\tcuối \"x\"\tUBND";
        assertEquals(List.of(
                List.of("1", "\"Một ô \"\"có ngoặc\"\" mở", "Sở Nội vụ"),
                List.of("2", "\"Cổng\" thông tin", "Sở Tư pháp"),
                List.of("3", "cuối \"x\"", "UBND")), cells(text));
        assertEquals(List.of(1, 2, 3), rowNumbers(text));
        // an unclosed quote in the last line, and one closed far below by a quote that is not followed by a tab
        assertEquals(List.of(List.of("1", "\"a", "b"), List.of("2", "\"c", "d")), cells("1\t\"a\tb\n2\t\"c\td"));
        assertEquals(List.of(List.of("\"\"x")), cells("\"\"x"));
    }

    @Test
    void aLineWithAStrayQuoteIsReadAsPlainTextAndTheNextLineAfresh() {
        // the stray quote on line 1 spoils its record: that line is plain text, line 2 is read on its own
        assertEquals(List.of(List.of("1", "\"ok\"", "\"bad x"), List.of("2", "y")), cells("1\t\"ok\"\t\"bad x\n2\ty"));
        // a closing quote must be followed by the tab itself
        assertEquals(List.of(List.of("\"a\"", "b")), cells("\"a\"  \tb"));
        assertEquals(List.of(List.of("a", "b")), cells("\"a\"\tb"));
    }

    @Test
    void blankRowsAreLeftOutAndCellsCleaned() {
        String text = "\n\t\t\n  a   b  \t\u200Bc\n\n\nd";
        assertEquals(List.of(List.of("a b", "c"), List.of("d")), cells(text));
        assertEquals(List.of(3, 6), rowNumbers(text));
    }

    @Test
    void atMostMaxColumnsAndOneRowMoreThanMaxRows() {
        List<SourceRow> rows = TsvRows.read("a\tb\tc\td\n1\n2\n3\n4\n5", 3, 2);
        assertEquals(4, rows.size());
        assertEquals(List.of("a", "b"), rows.get(0).cells());
    }
}
