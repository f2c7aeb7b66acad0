package vn.gov.cchc.task.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.gov.cchc.common.table.SheetRows;
import vn.gov.cchc.common.table.SourceRow;
import vn.gov.cchc.common.table.TsvRows;

/**
 * Reads the appendix table of tasks of a plan: TT, content, lead unit, cooperating units, timeframe[, output].
 *
 * <p>Columns are located by the header row (the first row whose first non-empty cell is "TT" or "STT"); rows above it
 * (titles) are skipped, repeated headers (page breaks) and rows of column numbers ("1 2 3 4 5", "(1) (2) …") too.
 * Without a header the order TT, content, lead, cooperating, timeframe, output is assumed and the rows before the first
 * task or section row are skipped (NO_HEADER is reported when there are such rows).
 *
 * <p>Rows: a Roman TT (I..XX) with empty lead/cooperating/timeframe is a section (title = the content cell, or the
 * text after "I." in the TT cell itself when the row is one merged cell); an integer TT ("1", "1.", "01") is a task (so
 * is a Roman TT with a lead, cooperating or timeframe cell: its order number is the numeral's value); an empty TT
 * continues the previous task (content joined with a line break, other cells with "; "); any other TT ("a)", "1.1",
 * "-", "+") is also a continuation whose content line starts with that TT. A continuation before any task or straight
 * after a section row is an ORPHAN_CONTINUATION.
 *
 * <p>In an .xlsx a cell covered by a vertically merged region takes the value of the region for the lead, cooperating,
 * timeframe and output columns of a task row (one lead merged over several tasks), never for TT or content.
 *
 * <p>The work is shared out: {@link TsvRows} and {@link SheetRows} read the source into rows of cleaned cells,
 * {@link ColumnLayout} finds the header and the columns, {@link TaskAssembler} turns rows into tasks (sections,
 * continuations) with {@link TtCell} telling what a TT cell says.
 */
public final class AppendixReader {

    /** At most this many non-blank rows are read; more gives TOO_MANY_ROWS (row 0, text = this limit). */
    public static final int MAX_ROWS = 2000;
    /** A cell longer than this gives CELL_TOO_LONG (the text is kept whole in the task). */
    public static final int MAX_CELL_CHARS = 20000;
    /** Problems quote at most this many characters of the offending text. */
    static final int QUOTE_CHARS = 200;
    private static final int MAX_COLUMNS = 64;

    private AppendixReader() {
    }

    /** Tab-separated text as pasted from a Word/Excel table. */
    public static AppendixParse readTsv(String text) {
        return interpret(TsvRows.read(text == null ? "" : text, MAX_ROWS, MAX_COLUMNS));
    }

    /** The first sheet of an .xlsx (or .xls) with the same columns. */
    public static AppendixParse readXlsx(InputStream in) {
        List<SourceRow> rows;
        try {
            rows = SheetRows.read(in, MAX_ROWS, MAX_COLUMNS);
        } catch (Exception | LinkageError e) {
            return new AppendixParse(List.of(),
                    List.of(new ImportProblem(0, null, null, ImportProblemCode.UNREADABLE_FILE)));
        }
        return interpret(rows);
    }

    private static AppendixParse interpret(List<SourceRow> allRows) {
        List<ImportProblem> problems = new ArrayList<>();
        List<SourceRow> rows = allRows;
        if (rows.size() > MAX_ROWS) {
            problems.add(new ImportProblem(0, null, String.valueOf(MAX_ROWS), ImportProblemCode.TOO_MANY_ROWS));
            rows = rows.subList(0, MAX_ROWS);
        }
        if (rows.isEmpty()) {
            problems.add(new ImportProblem(0, null, null, ImportProblemCode.NO_TASKS));
            return new AppendixParse(List.of(), problems);
        }
        ColumnLayout.Located table = ColumnLayout.locate(rows);
        if (table.noHeader() != null) {
            problems.add(table.noHeader());
        }
        TaskAssembler assembler = new TaskAssembler(table.layout(), problems);
        for (SourceRow row : rows.subList(table.start(), rows.size())) {
            assembler.add(row);
        }
        List<ParsedTask> tasks = assembler.tasks();
        if (tasks.isEmpty()) {
            problems.add(new ImportProblem(0, null, null, ImportProblemCode.NO_TASKS));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new AppendixParse(tasks, problems);
    }
}
