package jp.shiori.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text of the screens exists in Japanese and English, and every placeholder is filled when formatted. */
class BundleCompletenessTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Japanese script in an English text: an untranslated word (or a Japanese comma). */
    private static final Pattern JAPANESE = Pattern.compile("[\\u3000-\\u30ff\\u4e00-\\u9fff\\uff01-\\uff5e]");
    /** English values that are Japanese on purpose: the name of the language itself in the switch. */
    private static final Set<String> JAPANESE_ON_PURPOSE = Set.of("app.language.ja");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Properties ja = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> onlyJapanese = new TreeSet<>(ja.stringPropertyNames());
        onlyJapanese.removeAll(en.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(ja.stringPropertyNames());
        assertEquals(Set.of(), onlyJapanese, "keys without English");
        assertEquals(Set.of(), onlyEnglish, "keys without Japanese");
        for (String key : ja.stringPropertyNames()) {
            assertTrue(!ja.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), "empty text for " + key);
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties ja = load("messages.properties");
        Properties en = load("messages_en.properties");
        List<String> different = new ArrayList<>();
        for (String key : ja.stringPropertyNames()) {
            if (!placeholders(ja.getProperty(key)).equals(placeholders(en.getProperty(key, "")))) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different);
    }

    /**
     * MessageFormat treats a lone apostrophe as a quote: "card's ({0})" would show "{0}" and lose the apostrophe.
     * Every text with a placeholder formats without a brace left and with its apostrophes kept.
     */
    @Test
    void everyPlaceholderIsFilledAndNoApostropheIsLost() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                if (!PLACEHOLDER.matcher(pattern).find()) {
                    continue;
                }
                Object[] args = new Object[10];
                for (int i = 0; i < args.length; i++) {
                    args[i] = "X" + i;
                }
                String text = new MessageFormat(pattern, Locale.ROOT).format(args);
                assertTrue(!text.contains("{") && !text.contains("}"), file + " " + key + " leaves a brace: " + text);
                long quotes = pattern.chars().filter(c -> c == '\'').count();
                long kept = text.chars().filter(c -> c == '\'').count();
                assertEquals(quotes / 2, kept, file + " " + key + ": write an apostrophe as '' in a text with {0}");
            }
        }
    }

    @Test
    void englishTextsHaveNoJapaneseWords() throws IOException {
        Properties en = load("messages_en.properties");
        List<String> japanese = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            // shelf.<name> keys are named after the Japanese shelf name they translate
            if (!JAPANESE_ON_PURPOSE.contains(key)
                    && JAPANESE.matcher(en.getProperty(key)).find()) {
                japanese.add(key + "=" + en.getProperty(key));
            }
        }
        assertEquals(List.of(), japanese);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
