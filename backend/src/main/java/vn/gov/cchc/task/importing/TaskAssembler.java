package vn.gov.cchc.task.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.cchc.common.table.CellText;
import vn.gov.cchc.common.table.SourceRow;

/**
 * Turns the rows of the table below its header, in order, into tasks.
 *
 * <p>A Roman TT (I..XX) with empty lead/cooperating/timeframe is a section (title = the content cell, or the text after
 * "I." in the TT cell itself when the row is one merged cell); an integer TT is a task (so is a Roman TT with a lead,
 * cooperating or timeframe cell: its order number is the numeral's value); an empty TT continues the previous task
 * (content joined with a line break, other cells with "; "); any other TT ("a)", "1.1", "-", "+") is also a
 * continuation whose content line starts with that TT. A continuation before any task or straight after a section row
 * is an ORPHAN_CONTINUATION. Repeated headers and rows of column numbers are skipped.
 *
 * <p>A cell filled from a vertical merge above counts for the lead, cooperating, timeframe and output of a task row,
 * never for its TT or content, and never in a continuation.
 */
final class TaskAssembler {

    private final ColumnLayout layout;
    private final List<ImportProblem> problems;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> seenOrders = new HashSet<>();
    private String sectionCode;
    private String sectionTitle;
    private Draft current;
    private boolean afterSection;

    /** Problems found are added to {@code problems}. */
    TaskAssembler(ColumnLayout layout, List<ImportProblem> problems) {
        this.layout = layout;
        this.problems = problems;
    }

    private static final class Draft {
        final String sectionCode;
        final String sectionTitle;
        final int orderNo;
        String content;
        String lead;
        String cooperating;
        String timeframe;
        String output;
        final List<Integer> rows = new ArrayList<>();

        Draft(String sectionCode, String sectionTitle, int orderNo) {
            this.sectionCode = sectionCode;
            this.sectionTitle = sectionTitle;
            this.orderNo = orderNo;
        }

        ParsedTask toTask() {
            return new ParsedTask(sectionCode, sectionTitle, orderNo, content, lead, cooperating, timeframe, output, rows);
        }
    }

    /** The next row of the table. */
    void add(SourceRow row) {
        if (ColumnLayout.isHeader(row) || ColumnLayout.isColumnNumbers(row)) {
            return;
        }
        Map<Column, String> cell = values(row);
        String tt = cell.get(Column.TT);
        TtCell cls = TtCell.of(tt);
        boolean unitsOrTime = !cell.get(Column.LEAD).isEmpty() || !cell.get(Column.COOPERATING).isEmpty()
                || !cell.get(Column.TIMEFRAME).isEmpty();
        if ((cls.kind() == TtCell.Kind.ROMAN && !unitsOrTime)
                || (cls.kind() == TtCell.Kind.ROMAN_WITH_TITLE && !unitsOrTime && cell.get(Column.CONTENT).isEmpty())) {
            sectionCode = cls.code();
            sectionTitle = cls.kind() == TtCell.Kind.ROMAN ? cell.get(Column.CONTENT) : cls.title();
            current = null;
            afterSection = true;
            return;
        }
        if (cls.kind() == TtCell.Kind.INTEGER || cls.kind() == TtCell.Kind.ROMAN) {
            startTask(row, cell, tt, cls.number());
        } else {
            continueTask(row, cell, tt, cls);
        }
    }

    /** The tasks read, each checked for its content and lead. */
    List<ParsedTask> tasks() {
        List<ParsedTask> tasks = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            int first = d.rows.get(0);
            if (d.content.isEmpty()) {
                problems.add(new ImportProblem(first, Column.CONTENT.label, null, ImportProblemCode.MISSING_CONTENT));
            }
            if (d.lead.isEmpty()) {
                problems.add(new ImportProblem(first, Column.LEAD.label, null, ImportProblemCode.MISSING_LEAD));
            }
            tasks.add(d.toTask());
        }
        return tasks;
    }

    /** The row's cells by column; a cell merged from above is empty in the TT and content columns. */
    private Map<Column, String> values(SourceRow row) {
        Map<Column, String> cell = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            Integer index = layout.index(c);
            String value = index == null ? "" : row.cell(index);
            if (index != null && !value.isEmpty() && row.mergedFromAbove().contains(index)) {
                // one value merged over several rows: a task row takes it for its units/timeframe/output
                value = c == Column.TT || c == Column.CONTENT ? "" : value;
            }
            cell.put(c, value);
            if (index != null && value.length() > AppendixReader.MAX_CELL_CHARS
                    && !row.mergedFromAbove().contains(index)) {
                problems.add(new ImportProblem(row.rowNo(), c.label,
                        CellText.abbreviate(value, AppendixReader.QUOTE_CHARS), ImportProblemCode.CELL_TOO_LONG));
            }
        }
        return cell;
    }

    private void startTask(SourceRow row, Map<Column, String> cell, String tt, int number) {
        Draft d = new Draft(sectionCode, sectionTitle, number);
        d.content = cell.get(Column.CONTENT);
        d.lead = cell.get(Column.LEAD);
        d.cooperating = cell.get(Column.COOPERATING);
        d.timeframe = cell.get(Column.TIMEFRAME);
        d.output = cell.get(Column.OUTPUT);
        d.rows.add(row.rowNo());
        if (!seenOrders.add((sectionCode == null ? "" : sectionCode) + "\u0000" + number)) {
            problems.add(new ImportProblem(row.rowNo(), Column.TT.label, tt, ImportProblemCode.DUPLICATE_ORDER));
        }
        drafts.add(d);
        current = d;
        afterSection = false;
    }

    /** A continuation: empty TT, or a TT that is no order number (kept at the head of the content line). */
    private void continueTask(SourceRow row, Map<Column, String> cell, String tt, TtCell cls) {
        Map<Column, String> more = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            Integer index = layout.index(c);
            boolean merged = index != null && row.mergedFromAbove().contains(index);
            more.put(c, merged ? "" : cell.get(c));
        }
        String content = more.get(Column.CONTENT);
        if (cls.kind() == TtCell.Kind.OTHER || cls.kind() == TtCell.Kind.ROMAN_WITH_TITLE) {
            content = content.isEmpty() ? tt : tt + " " + content;
        }
        boolean any = !content.isEmpty() || !more.get(Column.LEAD).isEmpty()
                || !more.get(Column.COOPERATING).isEmpty() || !more.get(Column.TIMEFRAME).isEmpty()
                || !more.get(Column.OUTPUT).isEmpty();
        if (!any) {
            return;
        }
        if (current == null || afterSection) {
            Column where = !content.isEmpty() ? Column.CONTENT
                    : !more.get(Column.LEAD).isEmpty() ? Column.LEAD
                    : !more.get(Column.COOPERATING).isEmpty() ? Column.COOPERATING
                    : !more.get(Column.TIMEFRAME).isEmpty() ? Column.TIMEFRAME : Column.OUTPUT;
            String text = where == Column.CONTENT ? content : more.get(where);
            problems.add(new ImportProblem(row.rowNo(), where.label, CellText.abbreviate(text, AppendixReader.QUOTE_CHARS),
                    ImportProblemCode.ORPHAN_CONTINUATION));
            return;
        }
        current.content = join(current.content, content, "\n");
        current.lead = join(current.lead, more.get(Column.LEAD), "; ");
        current.cooperating = join(current.cooperating, more.get(Column.COOPERATING), "; ");
        current.timeframe = join(current.timeframe, more.get(Column.TIMEFRAME), "; ");
        current.output = join(current.output, more.get(Column.OUTPUT), "; ");
        current.rows.add(row.rowNo());
    }

    private static String join(String previous, String more, String separator) {
        if (more.isEmpty()) {
            return previous;
        }
        return previous.isEmpty() ? more : previous + separator + more;
    }
}
