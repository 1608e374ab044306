package jp.shiori.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LibraryTimeTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 09:57 UTC is 18:57 in Kushiro. */
    private static final Instant MOMENT = Instant.parse("2026-12-01T09:57:00Z");

    @Test
    void anInstantIsShownInTheLibrarysZoneInJapanese() {
        assertEquals("2026年12月1日 18:57", LibraryTime.format(MOMENT, Locale.JAPANESE, TOKYO));
    }

    @Test
    void englishScreensKeepTheJapaneseOrderWithoutJapaneseWords() {
        assertEquals("2026/12/01 18:57", LibraryTime.format(MOMENT, Locale.ENGLISH, TOKYO));
    }

    @Test
    void everyKindOfTimestampOfTheEntitiesGivesTheSameText() {
        String expected = "2026年12月1日 18:57";
        assertEquals(expected, LibraryTime.format(MOMENT.atOffset(ZoneOffset.ofHours(-5)), Locale.JAPANESE, TOKYO));
        assertEquals(expected, LibraryTime.format(MOMENT.atZone(ZoneId.of("Europe/Paris")), Locale.JAPANESE, TOKYO));
        assertEquals(expected, LibraryTime.format(Date.from(MOMENT), Locale.JAPANESE, TOKYO));
        // LocalDateTime columns hold UTC
        assertEquals(expected, LibraryTime.format(LocalDateTime.of(2026, 12, 1, 9, 57), Locale.JAPANESE, TOKYO));
        assertEquals(
                expected, LibraryTime.format(OffsetDateTime.parse("2026-12-01T18:57+09:00"), Locale.JAPANESE, TOKYO));
    }

    @Test
    void theDayChangesAtTheLibrarysMidnightNotUtcs() {
        assertEquals(
                "2027年1月1日 0:05", LibraryTime.format(Instant.parse("2026-12-31T15:05:00Z"), Locale.JAPANESE, TOKYO));
    }

    @Test
    void nothingShowsNothingAndOtherValuesAreRefused() {
        assertEquals("", LibraryTime.format(null, Locale.JAPANESE, TOKYO));
        assertThrows(IllegalArgumentException.class, () -> LibraryTime.format("yesterday", Locale.JAPANESE, TOKYO));
    }
}
