package vn.gov.cchc.common;

import java.text.Normalizer;

/**
 * The rules for text the API accepts, applied to every string of every JSON request body (see
 * {@link JsonConfig}) so that what is stored, read back and searched is what the user typed.
 *
 * <ul>
 * <li>Refused: invalid Unicode (a lone surrogate such as {@code \ud800}, which the database would
 * store as "?"), noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and their twins in every plane) and
 * control characters (U+0000..U+001F, U+007F..U+009F) other than tab, line feed and carriage
 * return.</li>
 * <li>Line ends are stored as {@code \n}: CR LF and a lone CR become LF, and so do U+2028 and U+2029.</li>
 * <li>Every Unicode space separator (category Zs: no-break space U+00A0 from Word, ideographic
 * space U+3000, the U+2000..U+200A spaces, U+202F, U+205F) is stored as an ordinary space, so that a
 * title pasted from Word keeps its words and is found by a search.</li>
 * <li>The invisible characters that mean nothing in Vietnamese text are dropped: zero-width space
 * U+200B, word joiner U+2060, byte-order mark U+FEFF and the Mongolian vowel separator U+180E.</li>
 * <li>The text is stored in Unicode normalisation form C (composed), so that "ệ" typed as e + two
 * combining marks is the same text as the precomposed "ệ".</li>
 * </ul>
 * Blank, for every required text ({@code @NotBlank}), means made only of whitespace, space
 * separators and format characters (category Cf, such as U+200E or U+200C): see {@link #isBlank}.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** Why a text was refused; {@code index} is the position (in UTF-16 units) of the first bad character. */
    public enum Defect {
        LONE_SURROGATE("error.text.surrogate"), NONCHARACTER("error.text.noncharacter"),
        CONTROL("error.text.control");

        private final String messageKey;

        Defect(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A text that breaks the rules. */
    public static final class InvalidTextException extends IllegalArgumentException {
        private final Defect defect;
        private final int index;
        private final int codePoint;

        InvalidTextException(Defect defect, int index, int codePoint) {
            super(defect + " U+" + hex(codePoint) + " at " + index);
            this.defect = defect;
            this.index = index;
            this.codePoint = codePoint;
        }

        public Defect defect() {
            return defect;
        }

        /** Position, counted from 1 in characters (code points), as a user would count. */
        public int index() {
            return index;
        }

        /** "U+0000" */
        public String character() {
            return "U+" + hex(codePoint);
        }
    }

    /** The first defect of a text, or null when it has none. */
    public static InvalidTextException defectOf(CharSequence s) {
        int position = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            position++;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    if (isNoncharacter(cp)) {
                        return new InvalidTextException(Defect.NONCHARACTER, position, cp);
                    }
                    i++;
                    continue;
                }
                return new InvalidTextException(Defect.LONE_SURROGATE, position, c);
            }
            if (Character.isLowSurrogate(c)) {
                return new InvalidTextException(Defect.LONE_SURROGATE, position, c);
            }
            if (isNoncharacter(c)) {
                return new InvalidTextException(Defect.NONCHARACTER, position, c);
            }
            if (isRefusedControl(c)) {
                return new InvalidTextException(Defect.CONTROL, position, c);
            }
        }
        return null;
    }

    /**
     * The text as it is stored: checked, then line ends, spaces and invisible characters made
     * uniform, then NFC. Null stays null.
     *
     * @throws InvalidTextException when the text breaks a rule
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        InvalidTextException defect = defectOf(s);
        if (defect != null) {
            throw defect;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = replacement(c, i + 1 < s.length() ? s.charAt(i + 1) : 0);
            if (replacement != null && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(replacement == null ? String.valueOf(c) : replacement);
            }
        }
        String out = sb == null ? s : sb.toString();
        return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** True when the text has nothing visible: only whitespace, space separators and format characters. */
    public static boolean isBlank(CharSequence s) {
        if (s == null) {
            return true;
        }
        return s.codePoints().allMatch(UnicodeText::isInvisible);
    }

    static boolean isInvisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || cp == 0x180E || cp == 0x3164
                || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0;
    }

    /** null: keep the character; "": drop it; otherwise the text to put in its place. */
    private static String replacement(char c, char next) {
        if (c == '\r') {
            return next == '\n' ? "" : "\n";
        }
        if (c == '\u2028' || c == '\u2029') {
            return "\n";
        }
        if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E') {
            return "";
        }
        if (c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
            return " ";
        }
        return null;
    }

    private static boolean isRefusedControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - h.length())) + h;
    }
}
