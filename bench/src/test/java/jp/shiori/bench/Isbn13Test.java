package jp.shiori.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Isbn13Test {

    @Test
    void checkDigitBringsTheWeightedSumToAMultipleOfTen() {
        // The ISBN the application's own tests use (新潮文庫), and one worked by hand:
        // 9+21+8+12+0+0+3+3+0+3+0+9 = 68, so the check digit is 2.
        assertEquals('8', Isbn13.checkDigit("978410109205"));
        assertEquals('2', Isbn13.checkDigit("978400310103"));
        assertTrue(Isbn13.isValid("9784101092058"));
        assertFalse(Isbn13.isValid("9784101092059"));
        assertFalse(Isbn13.isValid("978410109205"));
    }

    @Test
    void everyTitleGetsItsOwnValidJapaneseIsbn() {
        long multiplier = Isbn13.coprimeMultiplier(123_456_780L);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String isbn = Isbn13.forTitle(i, multiplier, 98_765_432L);
            assertTrue(isbn.startsWith("9784"), isbn);
            assertTrue(Isbn13.isValid(isbn), isbn);
            assertTrue(seen.add(isbn), "duplicate " + isbn + " at title " + i);
        }
    }

    @Test
    void multiplierIsCoprimeWithTen() {
        for (long any : new long[] { 0, 5, 10, 15, 99_999_995L, -7, Long.MAX_VALUE }) {
            long m = Isbn13.coprimeMultiplier(any);
            assertTrue(m % 2 == 1 && m % 5 != 0, any + " → " + m);
        }
    }

    @Test
    void registrantPartFollowsTheJapaneseRanges() {
        assertEquals("978-4-10-109205-8", Isbn13.hyphenated("9784101092058"));
        assertEquals("978-4-480-" + "02345-" + Isbn13.checkDigit("978448002345"),
                Isbn13.hyphenated("978448002345" + Isbn13.checkDigit("978448002345")));
        assertEquals(4, registrantLength("97847741"));
        assertEquals(5, registrantLength("97848731"));
        assertEquals(6, registrantLength("97849011"));
        assertEquals(7, registrantLength("97849876"));
    }

    private static int registrantLength(String firstEight) {
        String twelve = firstEight + "0000";
        String hyphenated = Isbn13.hyphenated(twelve + Isbn13.checkDigit(twelve));
        return hyphenated.split("-")[2].length();
    }
}
