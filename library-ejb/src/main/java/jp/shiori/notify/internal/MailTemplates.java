package jp.shiori.notify.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;

/**
 * Mail texts live in the resource bundles {@code jp/shiori/notify/mail_ja.properties} and
 * {@code mail_en.properties} as {@code <template>.subject} and {@code <template>.body}, with named
 * placeholders {@code {libraryName}}. A template that does not exist, or a placeholder without a value, is
 * refused: a mail with a hole in it is never queued.
 */
final class MailTemplates {

    private static final String BUNDLE = "jp.shiori.notify.mail";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MailTemplates() {}

    static RenderedMail render(String template, String language, Map<String, String> parameters) {
        ResourceBundle texts = bundle(language);
        if (!texts.containsKey(template + ".subject") || !texts.containsKey(template + ".body")) {
            throw new RefusedException(
                    ErrorCode.BAD_REQUEST, "No mail template '" + template + "' in " + language + ".");
        }
        return new RenderedMail(
                fill(template, texts.getString(template + ".subject"), parameters),
                fill(template, texts.getString(template + ".body"), parameters));
    }

    private static ResourceBundle bundle(String language) {
        try {
            return ResourceBundle.getBundle(
                    BUNDLE, Locale.forLanguageTag(language), MailTemplates.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "No mail templates in language '" + language + "'.");
        }
    }

    private static String fill(String template, String text, Map<String, String> parameters) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = parameters.get(m.group(1));
            if (value == null) {
                throw new RefusedException(
                        ErrorCode.BAD_REQUEST,
                        "Mail template '" + template + "' needs the parameter '" + m.group(1) + "'.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
