package jp.shiori.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailTemplatesTest {

    private static final Map<String, String> VERIFICATION = Map.of(
            "libraryName",
            "釧路市図書館",
            "patronName",
            "山田 花子",
            "link",
            "https://library.example/verify?t=abc",
            "validHours",
            "24",
            "validMinutes",
            "30");

    @Test
    void aJapaneseVerificationMailNamesThePatronTheLibraryAndTheLink() {
        RenderedMail mail = MailTemplates.render("email-verification", "ja", VERIFICATION);

        assertEquals("【釧路市図書館】メールアドレス確認のお願い", mail.subject());
        assertTrue(mail.body().startsWith("山田 花子 様\n\n釧路市図書館をご利用いただき"), mail.body());
        assertTrue(mail.body().contains("\nhttps://library.example/verify?t=abc\n"), mail.body());
        assertTrue(mail.body().contains("24時間以内"), mail.body());
        assertFalse(mail.body().contains("{"), mail.body());
    }

    @Test
    void anEnglishPasswordResetMailIsWrittenInEnglish() {
        RenderedMail mail = MailTemplates.render("password-reset", "en", VERIFICATION);

        assertEquals("[釧路市図書館] Resetting your password", mail.subject());
        assertTrue(mail.body().startsWith("Dear 山田 花子,\n"), mail.body());
        assertTrue(mail.body().contains("valid for 30 minutes"), mail.body());
    }

    @ParameterizedTest
    @CsvSource({
        "email-verification, ja",
        "email-verification, en",
        "password-reset, ja",
        "password-reset, en",
        "mail-test, ja",
        "mail-test, en"
    })
    void everyShippedTemplateExistsInJapaneseAndEnglish(String template, String language) {
        RenderedMail mail = MailTemplates.render(template, language, VERIFICATION);

        assertFalse(mail.subject().isBlank());
        assertTrue(mail.body().contains("釧路市図書館"));
    }

    @Test
    void aValueContainingDollarsAndBracesIsInsertedAsItIs() {
        Map<String, String> odd = Map.of("libraryName", "$1 {libraryName} \\ 図書館");

        assertEquals(
                "【$1 {libraryName} \\ 図書館】テストメール",
                MailTemplates.render("mail-test", "ja", odd).subject());
    }

    @Test
    void aMailWithAMissingParameterIsRefused() {
        RefusedException refused = assertThrows(
                RefusedException.class,
                () -> MailTemplates.render("email-verification", "ja", Map.of("libraryName", "釧路市図書館")));

        assertEquals(ErrorCode.BAD_REQUEST, refused.code());
        assertTrue(refused.getMessage().contains("patronName"), refused.getMessage());
    }

    @Test
    void anUnknownTemplateIsRefused() {
        RefusedException refused =
                assertThrows(RefusedException.class, () -> MailTemplates.render("overdue-poem", "ja", VERIFICATION));

        assertEquals(ErrorCode.BAD_REQUEST, refused.code());
    }

    @Test
    void aLanguageWithoutTemplatesIsRefusedRatherThanSentInAnother() {
        assertThrows(RefusedException.class, () -> MailTemplates.render("mail-test", "fr", VERIFICATION));
    }
}
