package vn.gov.cchc.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text rules of every request body, without a server. */
class UnicodeTextTest {

    @Test
    void invalidUnicodeIsRefusedWithItsPosition() {
        UnicodeText.InvalidTextException e = assertThrows(UnicodeText.InvalidTextException.class,
                () -> UnicodeText.clean("ab\ud800"));
        assertEquals(UnicodeText.Defect.LONE_SURROGATE, e.defect());
        assertEquals(3, e.index());
        assertEquals("U+D800", e.character());
        assertEquals(UnicodeText.Defect.LONE_SURROGATE, UnicodeText.defectOf("\udc00x").defect());
        assertEquals(UnicodeText.Defect.LONE_SURROGATE, UnicodeText.defectOf("x\ud83d").defect());
        assertEquals(UnicodeText.Defect.NONCHARACTER, UnicodeText.defectOf("\uffff").defect());
        assertEquals(UnicodeText.Defect.NONCHARACTER, UnicodeText.defectOf("\ufdd0").defect());
        assertEquals(UnicodeText.Defect.NONCHARACTER, UnicodeText.defectOf("\ud83f\udffe").defect());
        // a real pair is fine, and counts as one character
        assertNull(UnicodeText.defectOf("😀 ok"));
        assertEquals(3, UnicodeText.defectOf("😀a\u0000").index());
    }

    @Test
    void controlCharactersOtherThanTabAndLineEndsAreRefused() {
        for (char c : new char[] { 0, 1, 8, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x85, 0x9f }) {
            assertEquals(UnicodeText.Defect.CONTROL, UnicodeText.defectOf("a" + c).defect(), Integer.toHexString(c));
        }
        assertEquals("a\tb\nc\nd\ne", UnicodeText.clean("a\tb\r\nc\rd\u2028e"));
    }

    @Test
    void spacesFromWordBecomePlainAndInvisibleOnesGo() {
        assertEquals("Kế hoạch CCHC", UnicodeText.clean("Kế\u00a0hoạch\u3000CCHC"));
        assertEquals("Kếhoạch", UnicodeText.clean("\ufeffKế\u200bhoạch\u2060"));
        assertEquals("a b c", UnicodeText.clean("a\u2009b\u202fc"));
    }

    @Test
    void textIsStoredComposed() {
        String decomposed = "Ke\u0302\u0301 hoa\u0323ch";
        assertEquals("Kế hoạch", UnicodeText.clean(decomposed));
        assertEquals(8, UnicodeText.clean(decomposed).length());
        String composed = "Kế hoạch";
        assertTrue(composed == UnicodeText.clean(composed), "clean text is returned as is");
    }

    @Test
    void blankMeansNothingVisible() {
        for (String blank : new String[] { "", " ", "\t\n", "\u200b", "\u00a0", "\u3000", "\ufeff", "\u200e\u200f",
                "\u2060\u180e", "\u3164" }) {
            assertTrue(UnicodeText.isBlank(blank), blank.codePoints().mapToObj(Integer::toHexString).toList()
                    .toString());
        }
        assertTrue(UnicodeText.isBlank(null));
        assertFalse(UnicodeText.isBlank("\u00a0a"));
        assertFalse(UnicodeText.isBlank("đ"));
        assertFalse(UnicodeText.isBlank("😀"));
        assertFalse(new UnicodeBlankRule.NotBlankValidator().isValid("\u200b\u00a0", null));
        assertTrue(new UnicodeBlankRule.NotBlankValidator().isValid("Kế\u00a0hoạch", null));
        assertFalse(new UnicodeBlankRule.NotBlankValidator().isValid(null, null));
    }
}
