package jp.shiori.web.booklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.shiori.common.LibraryClock;

/** Days of the book list in the library's zone: 2026年12月1日 in Japanese, 2026-12-01 otherwise. */
public final class BookListDates {

    private static final ZoneId ZONE = LibraryClock.configuredZone();
    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);

    private BookListDates() {}

    public static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toLocalDate();
    }

    public static String format(Instant instant, Locale locale) {
        LocalDate day = day(instant);
        if (day == null) {
            return "";
        }
        return "ja".equals(locale.getLanguage()) ? day.format(JAPANESE) : day.toString();
    }
}
