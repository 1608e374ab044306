package jp.shiori.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutAnSmtpHostNoMailIsDelivered() {
        MailSettings settings = MailSettings.from(Map.<String, String>of()::get);

        assertFalse(settings.deliveryOn());
        assertEquals("library@localhost", settings.from());
        assertEquals(new RetrySchedule(Duration.ofSeconds(30), 8), settings.retries());
    }

    @Test
    void theLibrarysMailServerIsTakenFromTheEnvironment() {
        MailSettings settings = MailSettings.from(Map.of(
                "LIBRARY_SMTP_HOST",
                "smtp.example.jp",
                "LIBRARY_SMTP_PORT",
                "587",
                "LIBRARY_SMTP_USER",
                "shiori",
                "LIBRARY_SMTP_PASSWORD",
                "secret",
                "LIBRARY_SMTP_STARTTLS",
                "true",
                "LIBRARY_MAIL_FROM",
                "library@example.jp")::get);

        assertTrue(settings.deliveryOn());
        var session = settings.smtpProperties();
        assertEquals("smtp.example.jp", session.getProperty("mail.smtp.host"));
        assertEquals("587", session.getProperty("mail.smtp.port"));
        assertEquals("true", session.getProperty("mail.smtp.auth"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.required"));
        assertEquals("5000", session.getProperty("mail.smtp.connectiontimeout"));
        assertFalse(settings.toString().contains("secret"));
    }

    @Test
    void aPortThatIsNotANumberStopsTheStart() {
        assertThrows(
                IllegalStateException.class,
                () -> MailSettings.from(Map.of("LIBRARY_SMTP_HOST", "x", "LIBRARY_SMTP_PORT", "smtp")::get));
    }
}
