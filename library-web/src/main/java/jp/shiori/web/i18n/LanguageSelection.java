package jp.shiori.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language a visitor reads the screens in: Japanese unless they chose English. Any other choice,
 * including garbage in the {@code lang} parameter, falls back to Japanese.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale DEFAULT = Locale.JAPANESE;
    private static final Set<String> SUPPORTED = Set.of("ja", "en");

    private Locale locale = DEFAULT;

    public void choose(String language) {
        locale = language != null && SUPPORTED.contains(language) ? Locale.forLanguageTag(language) : DEFAULT;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }
}
