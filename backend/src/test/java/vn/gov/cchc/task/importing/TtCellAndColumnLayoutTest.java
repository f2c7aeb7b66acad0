package vn.gov.cchc.task.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.cchc.common.table.SourceRow;

/** What a TT cell says, and where the columns of a table are. */
class TtCellAndColumnLayoutTest {

    private static SourceRow row(int rowNo, String... cells) {
        return new SourceRow(rowNo, List.of(cells), Set.of());
    }

    @Test
    void ttCells() {
        assertEquals(new TtCell(TtCell.Kind.INTEGER, 12, null, null), TtCell.of("012."));
        assertEquals(new TtCell(TtCell.Kind.INTEGER, 3, null, null), TtCell.of("3)"));
        assertEquals(new TtCell(TtCell.Kind.ROMAN, 4, "IV", null), TtCell.of("IV."));
        assertEquals(new TtCell(TtCell.Kind.ROMAN_WITH_TITLE, 2, "II", "Nhiệm vụ cấp tỉnh"),
                TtCell.of("II. Nhiệm vụ cấp tỉnh"));
        assertEquals(TtCell.Kind.EMPTY, TtCell.of("").kind());
        for (String other : new String[] { "0", "a)", "1.1", "-", "+", "IIII", "XXI" }) {
            assertEquals(TtCell.Kind.OTHER, TtCell.of(other).kind(), other);
            assertFalse(TtCell.of(other).numbered(), other);
        }
        assertTrue(TtCell.of("1").numbered());
    }

    @Test
    void theHeaderNamesTheColumnsInAnyOrder() {
        List<SourceRow> rows = List.of(row(1, "PHỤ LỤC"),
                row(2, "", "STT", "Thời hạn", "Đơn vị phối hợp", "Nội dung công việc", "Cơ quan chủ trì", "Sản phẩm"),
                row(3, "", "1", "Quý I", "", "Việc", "Sở Nội vụ", ""));
        ColumnLayout.Located table = ColumnLayout.locate(rows);
        assertEquals(2, table.start());
        assertNull(table.noHeader());
        ColumnLayout layout = table.layout();
        assertEquals(List.of(1, 4, 5, 3, 2, 6), List.of(layout.index(Column.TT), layout.index(Column.CONTENT),
                layout.index(Column.LEAD), layout.index(Column.COOPERATING), layout.index(Column.TIMEFRAME),
                layout.index(Column.OUTPUT)));
    }

    @Test
    void withoutAHeaderTheUsualOrderFromTheFirstNumberedRow() {
        ColumnLayout.Located table = ColumnLayout.locate(List.of(row(1, "Danh mục nhiệm vụ"), row(2, "1", "Việc")));
        assertEquals(1, table.start());
        assertEquals(new ImportProblem(0, null, "Danh mục nhiệm vụ", ImportProblemCode.NO_HEADER), table.noHeader());
        assertEquals(Integer.valueOf(2), table.layout().index(Column.LEAD));
    }

    @Test
    void repeatedHeadersAndColumnNumbers() {
        assertTrue(ColumnLayout.isHeader(row(1, "", "Số thứ tự", "Nội dung")));
        assertFalse(ColumnLayout.isHeader(row(1, "1", "TT")));
        assertTrue(ColumnLayout.isColumnNumbers(row(1, "(1)", "(2)", "", "(3)")));
        assertFalse(ColumnLayout.isColumnNumbers(row(1, "1", "2")));
        assertFalse(ColumnLayout.isColumnNumbers(row(1, "1", "3", "4")));
    }
}
