package jp.shiori.web.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.ResourceBundle;
import jp.shiori.holds.HoldRefusal;
import jp.shiori.holds.HoldStatus;
import jp.shiori.web.i18n.Messages;
import org.junit.jupiter.api.Test;

class HoldMessagesTest {

    @Test
    void everyRefusalOfTheHoldsServiceHasItsWordsInJapaneseAndEnglish() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            for (HoldRefusal refusal : HoldRefusal.values()) {
                String key = RefusalTexts.PREFIX + refusal.code();
                assertFalse(bundle.getString(key).isBlank(), key + " in " + locale);
                assertFalse(RefusalTexts.of(locale, refusal).equals(refusal.code()), key + " in " + locale);
            }
            for (HoldStatus status : HoldStatus.values()) {
                assertFalse(bundle.getString("holds.status." + status.name()).isBlank());
            }
        }
    }

    @Test
    void theEnglishBundleHasEveryKeyOfTheJapaneseOne() throws java.io.IOException {
        java.util.Properties ja = load("messages.properties");
        java.util.Properties en = load("messages_en.properties");
        long missing = ja.stringPropertyNames().stream()
                .filter(k -> k.startsWith("hold") || k.startsWith("locator") || k.startsWith("my.tab"))
                .filter(k -> !en.containsKey(k))
                .peek(k -> System.err.println("no English for " + k))
                .count();
        assertEquals(0, missing);
    }

    private static java.util.Properties load(String name) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = HoldMessagesTest.class.getResourceAsStream("/jp/shiori/web/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theQueuePositionIsSaidInWords() {
        assertEquals("予約中（順位 2番目）", Messages.get(Locale.JAPANESE, "holds.status.WAITING", 2));
        assertEquals("Waiting (number 2 in the queue)", Messages.get(Locale.ENGLISH, "holds.status.WAITING", 2));
    }
}
