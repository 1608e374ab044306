package jp.shiori.web.i18n;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import jp.shiori.common.LibraryClock;

/**
 * Shows a moment in the library's own zone ({@code LIBRARY_ZONE}, default Asia/Tokyo) the way a Japanese
 * screen writes it: 2026年12月1日 18:57 (English screens: 2026/12/01 18:57, same order, no Japanese words).
 * Takes {@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Date}, and {@link LocalDateTime}
 * read as UTC (how older entities keep their timestamps). Pages: {@code <f:converter converterId="libraryTime"/>}.
 */
@FacesConverter("libraryTime")
public class LibraryTime implements Converter<Object> {

    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm", Locale.ENGLISH);

    private static final ZoneId ZONE = LibraryClock.configuredZone();

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("libraryTime only shows times");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        Locale locale = context == null || context.getViewRoot() == null
                ? Locale.JAPANESE
                : context.getViewRoot().getLocale();
        return format(value, locale, ZONE);
    }

    /** The moment as the screen in {@code locale} shows it; empty for null. */
    public static String format(Object value, Locale locale, ZoneId zone) {
        Instant instant = instant(value);
        if (instant == null) {
            return "";
        }
        DateTimeFormatter pattern = "en".equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
        return pattern.format(instant.atZone(zone));
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Instant i) {
            return i;
        } else if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        } else if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        } else if (value instanceof Date d) {
            return d.toInstant();
        }
        throw new IllegalArgumentException("not a moment: " + value.getClass().getName());
    }
}
