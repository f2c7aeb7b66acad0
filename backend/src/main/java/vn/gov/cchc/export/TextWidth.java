package vn.gov.cchc.export;

import java.text.Normalizer;

/**
 * Estimates how wide a line of Times New Roman text is, to size the short rules that Decree 30
 * draws under the issuing body, the motto and the subject. Uses the advance widths (1/1000 em) of
 * Times New Roman regular and bold for ASCII; a Vietnamese letter is measured as its base letter
 * (diacritics do not change the advance width), anything else as 500.
 */
final class TextWidth {

    private TextWidth() {
    }

    private static final short[] REGULAR = {
            250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
            500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
            921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
            556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
            333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
            500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541 };

    private static final short[] BOLD = {
            250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
            500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
            930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
            611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
            333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
            556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520 };

    /** The estimated width in twips (1/20 pt) of {@code text} on one line at {@code points} size. */
    static int twips(String text, double points, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        short[] table = bold ? BOLD : REGULAR;
        String base = Normalizer.normalize(text, Normalizer.Form.NFD);
        long units = 0;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ') {
                c = 'd';
            } else if (c == 'Đ') {
                c = 'D';
            }
            units += (c >= 32 && c < 127) ? table[c - 32] : 500;
        }
        return (int) Math.round(units * points * 20 / 1000.0);
    }
}
