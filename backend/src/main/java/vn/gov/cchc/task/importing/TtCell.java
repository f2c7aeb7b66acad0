package vn.gov.cchc.task.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the TT (order number) cell of a row says: empty, an integer ("1", "1.", "01"), a Roman numeral I..XX ("II",
 * "II."), a Roman numeral with a title in the same cell ("II. Nhiệm vụ cấp tỉnh"), or anything else ("a)", "1.1", "-").
 *
 * @param number the order number (the value of a Roman numeral), 0 when there is none
 * @param code the Roman numeral as written, for ROMAN and ROMAN_WITH_TITLE
 * @param title the text after the numeral, for ROMAN_WITH_TITLE
 */
record TtCell(Kind kind, int number, String code, String title) {

    enum Kind {
        EMPTY, INTEGER, ROMAN, ROMAN_WITH_TITLE, OTHER
    }

    private static final Pattern INTEGER_TT = Pattern.compile("^0*(\\d{1,4})\\s*[.)]?$");
    private static final Pattern ROMAN_TT = Pattern.compile("^([IVX]{1,5})\\s*[.)]?$");
    private static final Pattern ROMAN_WITH_TITLE = Pattern.compile("^([IVX]{1,5})\\s*[.):\\-–]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final List<String> ROMANS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    static TtCell of(String tt) {
        if (tt.isEmpty()) {
            return new TtCell(Kind.EMPTY, 0, null, null);
        }
        Matcher m = INTEGER_TT.matcher(tt);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
            return new TtCell(Kind.INTEGER, Integer.parseInt(m.group(1)), null, null);
        }
        m = ROMAN_TT.matcher(tt);
        if (m.matches() && ROMANS.contains(m.group(1))) {
            return new TtCell(Kind.ROMAN, ROMANS.indexOf(m.group(1)) + 1, m.group(1), null);
        }
        m = ROMAN_WITH_TITLE.matcher(tt);
        if (m.matches() && ROMANS.contains(m.group(1))) {
            return new TtCell(Kind.ROMAN_WITH_TITLE, ROMANS.indexOf(m.group(1)) + 1, m.group(1), m.group(2).strip());
        }
        return new TtCell(Kind.OTHER, 0, null, null);
    }

    /** An order number or a section numeral: where a table without a header starts. */
    boolean numbered() {
        return kind == Kind.INTEGER || kind == Kind.ROMAN || kind == Kind.ROMAN_WITH_TITLE;
    }
}
