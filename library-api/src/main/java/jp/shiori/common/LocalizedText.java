package jp.shiori.common;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text the library publishes in Japanese and English. Japanese is the library's own language and
 * always present; English falls back to it when a record has none yet.
 */
public record LocalizedText(String ja, String en) implements Serializable {

    public LocalizedText {
        Objects.requireNonNull(ja, "ja");
    }

    public static LocalizedText of(String ja, String en) {
        return ja == null ? null : new LocalizedText(ja, en);
    }

    /** The text for the given locale; Japanese unless the locale's language is English and English exists. */
    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return ja;
    }
}
