package vn.gov.cchc.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.quarkus.panache.common.Parameters;

/**
 * The one diacritics folder of the service. {@link #unaccent} folds Vietnamese text to lower case
 * without diacritics, "đ" and "Đ" to "d", keeping punctuation and spacing (the appendix reader
 * compares headers, timeframes and unit names with it); {@link #fold} also turns punctuation and
 * runs of white space into single spaces, for search.
 *
 * <p>Search folds Vietnamese text: lower case, diacritics removed, "đ" and "Đ" folded to "d",
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

    /**
     * Lower case, Vietnamese diacritics (every combining mark) removed, "đ" and "Đ" → "d";
     * punctuation and spacing kept as they are. Never null.
     */
    public static String unaccent(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
        return stripped.toLowerCase(Locale.ROOT);
    }

    /**
     * The words of the text, {@link #unaccent unaccented}, between single spaces: every run of
     * characters that are neither letters nor digits becomes one space. The search columns hold
     * this value (see {@link #searchable}): changing it changes what stored rows match.
     */
    public static String fold(String text) {
        return NON_WORD.matcher(unaccent(text)).replaceAll(" ").trim();
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
            where.append(" and ").append(column).append(" like :term").append(i).append(" escape '!'");
            params.and("term" + i, likePattern(terms.get(i)));
        }
    }

    /**
     * The LIKE pattern (escape character "!") of one folded phrase on a {@link #searchable} column:
     * its words at the start of a word, the last of them possibly cut short.
     */
    static String likePattern(String phrase) {
        return "% " + phrase.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
