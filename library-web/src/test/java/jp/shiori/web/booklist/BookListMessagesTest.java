package jp.shiori.web.booklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import jp.shiori.booklist.BookListRefusal;
import jp.shiori.booklist.EntryStatus;
import org.junit.jupiter.api.Test;

class BookListMessagesTest {

    @Test
    void everyRefusalAndStatusHasItsWordsInJapaneseAndEnglish() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            for (BookListRefusal refusal : BookListRefusal.values()) {
                assertFalse(BookListFaces.refusal(locale, refusal).isBlank(), refusal + " in " + locale);
            }
            for (EntryStatus status : EntryStatus.values()) {
                assertFalse(jp.shiori.web.i18n.Messages.get(locale, "booklist.status." + status)
                        .isBlank());
                assertFalse(jp.shiori.web.i18n.Messages.get(locale, "booklist.mark.state." + status)
                        .isBlank());
                assertFalse(jp.shiori.web.i18n.Messages.get(locale, "booklist.mark.done." + status, "x")
                        .isBlank());
            }
        }
        assertEquals(
                "ニックネームは20文字以内で入力してください。", BookListFaces.refusal(Locale.JAPANESE, BookListRefusal.NICKNAME_TOO_LONG));
        assertEquals(
                "You can have at most 50 categories. Delete one you no longer need first.",
                BookListFaces.refusal(Locale.ENGLISH, BookListRefusal.CATEGORY_LIMIT));
    }

    @Test
    void theEnglishBundleHasEveryBookListKeyOfTheJapaneseOne() throws IOException {
        Properties ja = load("messages.properties");
        Properties en = load("messages_en.properties");
        long missing = ja.stringPropertyNames().stream()
                .filter(k -> k.startsWith("booklist.") || k.equals("my.menu"))
                .filter(k -> !en.containsKey(k))
                .peek(k -> System.err.println("no English for " + k))
                .count();
        assertEquals(0, missing);
        long extra = en.stringPropertyNames().stream()
                .filter(k -> k.startsWith("booklist."))
                .filter(k -> !ja.containsKey(k))
                .peek(k -> System.err.println("no Japanese for " + k))
                .count();
        assertEquals(0, extra);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = BookListMessagesTest.class.getResourceAsStream("/jp/shiori/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
