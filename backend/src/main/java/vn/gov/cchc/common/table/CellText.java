package vn.gov.cchc.common.table;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The text of a cell as the importing classes keep it (folding for comparisons is {@code TextNormalizer.unaccent}). */
public final class CellText {

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\p{Zs}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");

    private CellText() {
    }

    /**
     * A cell as kept: NFC, line breaks as "\n", runs of spaces collapsed to one, every line trimmed, empty lines
     * dropped, invisible and control characters removed. Never null.
     */
    public static String cleanCell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        t = t.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n')
                .replace('\u000B', '\n');
        t = INVISIBLE.matcher(t).replaceAll("");
        t = CONTROL.matcher(t).replaceAll(" ");
        StringBuilder out = new StringBuilder(t.length());
        for (String line : t.split("\n", -1)) {
            String l = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    public static String abbreviate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max) + "…";
    }
}
