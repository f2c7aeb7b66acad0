package vn.gov.cchc.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The diacritics folder, without Quarkus: what search columns hold and what the appendix reader compares. */
class TextNormalizerTest {

    /** The vowels of Vietnamese with their circumflex, breve and horn, as NFC letters. */
    private static final String VOWELS = "aăâeêioôơuưy";
    /** The five tone marks: grave, acute, hook above, tilde, dot below. */
    private static final String[] TONES = { "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" };

    @Test
    void everyVietnameseVowelWithEveryToneFoldsToItsBaseLetterInBothCases() {
        int letters = 0;
        for (char vowel : VOWELS.toCharArray()) {
            String base = TextNormalizer.unaccent(String.valueOf(vowel));
            assertEquals(1, base.length(), String.valueOf(vowel));
            for (String tone : TONES) {
                String nfc = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                assertEquals(1, nfc.length(), "precomposed " + nfc);
                assertEquals(base, TextNormalizer.unaccent(nfc), nfc);
                assertEquals(base, TextNormalizer.unaccent(nfc.toUpperCase()), nfc.toUpperCase());
                // the same letter typed as base + combining marks (NFD, as some keyboards send it)
                assertEquals(base, TextNormalizer.unaccent(Normalizer.normalize(nfc, Normalizer.Form.NFD)));
                letters += 2;
            }
        }
        assertEquals(120, letters);
        assertEquals("aaaeeiooouuy", TextNormalizer.unaccent(VOWELS));
    }

    @Test
    void dWithStrokeFoldsToDInBothCases() {
        assertEquals("dd", TextNormalizer.unaccent("đĐ"));
        assertEquals("dong da", TextNormalizer.fold("ĐỐNG ĐA"));
        assertEquals("dang uy", TextNormalizer.fold("Đảng ủy"));
    }

    @Test
    void unaccentKeepsPunctuationAndSpacing() {
        assertEquals("so noi vu & dai pt-th,  tinh hung yen.", TextNormalizer.unaccent("Sở Nội vụ & Đài PT-TH,  tỉnh Hưng Yên."));
        assertEquals("", TextNormalizer.unaccent(null));
        assertEquals("", TextNormalizer.unaccent(""));
    }

    @Test
    void foldKeepsOnlyWordsBetweenSingleSpaces() {
        assertEquals("thong tin tuyen truyen", TextNormalizer.fold("  Thông tin,\ttuyên   truyền!\n"));
        assertEquals("19 kh ubnd", TextNormalizer.fold("19/KH-UBND"));
        assertEquals("", TextNormalizer.fold(null));
        assertEquals("", TextNormalizer.fold(" ,;- "));
    }

    @Test
    void theSearchColumnValueIsPinned() {
        // rows already stored hold this value: a change to the folding must come with a migration that refills them
        assertEquals(" ke hoach thong tin tuyen truyen cai cach hanh chinh nam 2026 ubnd tinh phu tho ",
                TextNormalizer.searchable("Kế hoạch Thông tin, tuyên truyền cải cách hành chính năm 2026\nUBND tỉnh Phú Thọ"));
        assertEquals("  ", TextNormalizer.searchable(null));
    }

    @Test
    void aQueryIsPhrasesBetweenCommasSemicolonsOrPlusSigns() {
        assertEquals(List.of("tuyen tru", "hung y", "so noi vu", "ubnd"),
                TextNormalizer.terms("Tuyên tru, Hưng Y; Sở Nội vụ + UBND"));
        assertEquals(List.of("dich vu"), TextNormalizer.terms(" , dịch vụ ,, ; "));
        assertEquals(List.of(), TextNormalizer.terms(null));
    }

    @Test
    void everyPhraseMatchesFromTheStartOfAWordWithItsLastWordPossiblyCutShort() {
        assertEquals("% tuyen tru%", TextNormalizer.likePattern("tuyen tru"));
        assertEquals("% hung y%", TextNormalizer.likePattern("hung y"));
        // LIKE's wildcards and the escape character are literal
        assertEquals("% 50!% !_x !!%", TextNormalizer.likePattern("50% _x !"));
    }
}
