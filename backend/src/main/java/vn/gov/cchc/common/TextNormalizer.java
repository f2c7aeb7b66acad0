package vn.gov.cchc.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.quarkus.panache.common.Parameters;

/**
 * Folds Vietnamese text for search: lower case, diacritics removed, "đ" and "Đ" folded to "d",
 * punctuation and runs of white space turned into single spaces. MySQL's utf8mb4_unicode_ci keeps
 * "đ" apart from "d", so search compares against a column filled with {@link #searchable} instead
 * of relying on the collation.
 *
 * <p>Vietnamese words are single syllables and "cải cách" means something only as a whole, so
 * a query is a phrase: its words must appear together, in order, as whole words ("tuyen truyen"
 * finds "Thông tin, tuyên truyền"; "phu tho" does not find "phù hợp ... thông"). Several phrases
 * separated by commas or semicolons must all appear, in any order ("tuyen truyen, hung yen"). The
 * last word of each phrase may be the start of a word, as the user may be typing it: the user types
 * at the end of the query, but may also go back and edit an earlier phrase, so "tuyen tru, hung y"
 * and "hung y, tuyen tru" both find "tuyên truyền ... Hưng Yên". Only the last word of a phrase is
 * a prefix: "ma dich vu" does not find "mạnh dịch vụ".
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormalizer() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
        return NON_WORD.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The value stored in a search column: folded words between single spaces, with a space at each end. */
    public static String searchable(String text) {
        return " " + fold(text) + " ";
    }

    /** The phrases of a query, folded: the parts between commas, semicolons or plus signs. */
    public static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(query.split("[,;+]")).map(TextNormalizer::fold).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Appends to {@code where} one condition per phrase of the query on {@code column} (a search
     * column filled with {@link #searchable}), with its parameters: the phrase's words as whole
     * words, in order, the last of them as a prefix.
     */
    public static void appendSearch(StringBuilder where, Parameters params, String column, String query) {
        List<String> terms = terms(query);
        for (int i = 0; i < terms.size(); i++) {
            String escaped = terms.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            where.append(" and ").append(column).append(" like :term").append(i).append(" escape '!'");
            params.and("term" + i, "% " + escaped + "%");
        }
    }
}
