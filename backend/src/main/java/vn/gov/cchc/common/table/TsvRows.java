package vn.gov.cchc.common.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits tab-separated text, as pasted from a Word or Excel table, into rows of cleaned cells, with the tab format of
 * Apache Commons CSV.
 *
 * <p>Excel quotes a cell that holds a tab, a line break or a quote ({@code "…"}, with {@code ""} for one quote); Word
 * quotes nothing, so a cell pasted from Word may start with a quote that it never closes. Hence the lenient-quote rule:
 * a cell that starts with {@code "} is quoted when a matching closing quote is followed by a tab, a line break or the
 * end of the text; otherwise the line that holds it is read as plain text, its quotes ordinary characters, and reading
 * goes on with the next line.
 *
 * <p>Line breaks are {@code \n}, {@code \r\n} or {@code \r}; a leading byte order mark is dropped. Rows are numbered by
 * the line they start on (1-based), counting the line breaks inside quoted cells. Blank rows are left out.
 */
public final class TsvRows {

    /**
     * The tab format, with cells kept as they are (no trimming: {@link CellText#cleanCell} does it) and empty lines.
     * Lenient at a quote that does not close well (text after the closing quote, or none before the end), so that it
     * never throws: {@link #wellFormed} tells such a record.
     */
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setIgnoreSurroundingSpaces(false)
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .setTrailingData(true)
            .setLenientEof(true)
            .get();

    private final String text;
    private final int maxRows;
    private final int maxColumns;
    /** The offset at which each line starts. */
    private final int[] lineStarts;
    private final List<SourceRow> rows = new ArrayList<>();

    private TsvRows(String text, int maxRows, int maxColumns) {
        this.text = text;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.lineStarts = lineStarts(text);
    }

    /**
     * The non-blank rows of the text, at most {@code maxRows + 1} (one more tells the caller that there were too many),
     * each of at most {@code maxColumns} cells.
     */
    public static List<SourceRow> read(String input, int maxRows, int maxColumns) {
        String text = input.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        TsvRows reader = new TsvRows(text, maxRows, maxColumns);
        int offset = 0;
        while (offset < text.length() && !reader.full()) {
            offset = reader.readFrom(offset);
        }
        return reader.rows;
    }

    /**
     * Reads records from {@code start} (the start of a line) until the end of the text, or until a record whose quote
     * does not close well: then that record's first line is read as plain text. Returns the offset to go on from.
     */
    private int readFrom(int start) {
        StringReader source = new StringReader(text);
        try {
            source.skip(start);
            try (CSVParser parser = FORMAT.parse(source)) {
                for (CSVRecord record : parser) {
                    int at = start + (int) record.getCharacterPosition();
                    List<String> values = record.toList();
                    if (!wellFormed(at, values)) {
                        int end = text.indexOf('\n', at);
                        end = end < 0 ? text.length() : end;
                        add(at, Arrays.asList(text.substring(at, end).split("\t", -1)));
                        return end + 1;
                    }
                    add(at, values);
                    if (full()) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return text.length();
    }

    /**
     * Whether the record read at {@code at} is what its values written back would be: each quoted cell a quote, its
     * value with quotes doubled and a closing quote, then the tab, line break or end. The parser reads a quote that
     * does not close so (text after it, or the end of the text before it) leniently, into the value; this tells.
     */
    private boolean wellFormed(int at, List<String> values) {
        int pos = at;
        for (String value : values) {
            if (pos < text.length() && text.charAt(pos) == '"') {
                String quoted = '"' + value.replace("\"", "\"\"") + '"';
                if (!text.startsWith(quoted, pos)) {
                    return false;
                }
                pos += quoted.length();
                if (pos < text.length() && text.charAt(pos) != '\t' && text.charAt(pos) != '\n') {
                    return false;
                }
            } else {
                pos += value.length();
            }
            pos++; // the tab or line break after the cell
        }
        return true;
    }

    private boolean full() {
        return rows.size() > maxRows;
    }

    private void add(int at, List<String> values) {
        int rowNo = lineIndex(at) + 1;
        List<String> cells = new ArrayList<>(Math.min(values.size(), maxColumns));
        for (String value : values.subList(0, Math.min(values.size(), maxColumns))) {
            cells.add(CellText.cleanCell(value));
        }
        SourceRow row = new SourceRow(rowNo, List.copyOf(cells), Set.of());
        if (!row.blank()) {
            rows.add(row);
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based index of the line that holds {@code offset}. */
    private int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
