package jp.shiori.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The screens' resource bundle for code that needs a text (facet labels, messages); pages use #{msg}. */
public final class Messages {

    public static final String BUNDLE = "jp.shiori.web.i18n.messages";

    private Messages() {}

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none (an unlisted language code). */
    public static String getOr(Locale locale, String key, String fallback) {
        try {
            return get(locale, key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
