package jp.shiori.it.patron;

import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.browser.Chromium;
import jp.shiori.it.browser.RequiresBrowser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A patron registered at the counter logs in with the card as they type it; refusals say what to do. */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatronLoginBrowserIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient client;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        client = ShioriClient.staff(baseUri(deploymentUrl));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    private static String newCardDigits() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private HttpResponse<String> register(String card, String name, LocalDate renewal, String password) {
        String pw = password == null ? "null" : "\"" + password + "\"";
        return client.postJson("api/v1/patrons", """
                {"cardNumber":"%s","name":"%s","nameKana":"クシロ ハナコ","category":"ADULT","cardRenewalDate":"%s",
                 "initialPassword":%s}""".formatted(card, name, renewal, pw));
    }

    private void login(String card, String password) {
        browser.get(baseUri(deploymentUrl).resolve("login.xhtml").toString());
        Chromium.type(browser, By.id("login:card"), card);
        Chromium.type(browser, By.id("login:password"), password);
        Chromium.submit(browser, By.id("login:submit"));
    }

    private String refusal() {
        return Chromium.waitFor(browser, By.id("login-messages")).getText();
    }

    @Test
    void aLegacyCardTypedInFullWidthWithoutItsAOpensMyPageAndLogoutClosesIt() throws Exception {
        String digits = newCardDigits();
        assertEquals(
                201,
                register("A" + digits, "釧路 花子", LocalDate.now().plusYears(1), "hanako-2026")
                        .statusCode());
        String fullWidth = digits.chars()
                .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);

        browser = Chromium.start(390, 844);
        login(fullWidth, "hanako-2026");

        assertEquals("釧路 花子", Chromium.waitFor(browser, By.id("patron-name")).getText());
        assertEquals("A" + digits, browser.findElement(By.id("patron-card")).getText());
        Chromium.screenshot(browser, "my-page-ja-phone");

        Chromium.submit(browser, By.id("account:logout"));
        Chromium.waitFor(browser, By.id("library-name"));
        browser.get(baseUri(deploymentUrl).resolve("my/").toString());
        Chromium.waitFor(browser, By.id("login:card"));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void aCardPastItsRenewalDateIsRefusedWithTheGuidesWords() throws Exception {
        String digits = newCardDigits();
        register(digits, "更新 切れ", LocalDate.now().minusDays(2), "renew-me-2026");

        browser = Chromium.start(1280, 900);
        login(digits, "renew-me-2026");

        assertTrue(refusal().contains("利用者カードの更新日を過ぎています。身分証明書をお持ちのうえ窓口で更新手続きをしてください"), refusal());
    }

    @Test
    void aCardWithoutAPasswordIsSentToTheCounterAndAWrongPasswordIsJustWrong() throws Exception {
        String noPassword = newCardDigits();
        register(noPassword, "未登録 太郎", LocalDate.now().plusYears(1), null);
        String withPassword = newCardDigits();
        register(withPassword, "誤入力 次郎", LocalDate.now().plusYears(1), "jiro-password");

        browser = Chromium.start(1280, 900);
        login(noPassword, "anything-at-all");
        assertTrue(refusal().contains("窓口でパスワードの登録"), refusal());

        login(withPassword, "not-his-password");
        String wrong = refusal();
        assertTrue(wrong.contains("利用者カード番号またはパスワードが正しくありません"), wrong);

        login(newCardDigits(), "whatever-123");
        assertEquals(wrong, refusal(), "an unknown card answers exactly like a wrong password");
    }

    @Test
    void theHeadersLoginReturnsToThePageThePatronWasOn() throws Exception {
        String digits = newCardDigits();
        register(digits, "戻り 花子", LocalDate.now().plusYears(1), "back-again-1");

        browser = Chromium.start(390, 844);
        browser.get(baseUri(deploymentUrl).resolve("advanced-search.xhtml").toString());
        Chromium.submit(browser, By.id("login-link"));
        Chromium.type(browser, By.id("login:card"), digits);
        Chromium.type(browser, By.id("login:password"), "back-again-1");
        Chromium.submit(browser, By.id("login:submit"));

        Chromium.waitFor(browser, By.id("my-link"));
        assertTrue(browser.getCurrentUrl().endsWith("/advanced-search.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void anEnglishRenewalNoticeFillsItsDateAndKeepsItsApostrophe() throws Exception {
        String digits = newCardDigits();
        LocalDate renewal = LocalDate.now().plusDays(10);
        register(digits, "近日 英語", renewal, "soon-renewal-en");

        browser = Chromium.start(390, 844);
        browser.get(baseUri(deploymentUrl).resolve("login.xhtml?lang=en").toString());
        Chromium.type(browser, By.id("login:card"), digits);
        Chromium.type(browser, By.id("login:password"), "soon-renewal-en");
        Chromium.submit(browser, By.id("login:submit"));

        String notice = Chromium.waitFor(browser, By.id("renewal-notice")).getText();
        assertTrue(notice.contains("card's renewal date (" + renewal + ")"), notice);
    }

    @Test
    void aRenewalDateWithinThirtyDaysIsAnnouncedOnMyPage() throws Exception {
        String digits = newCardDigits();
        register(digits, "近日 更新", LocalDate.now().plusDays(10), "soon-renewal");

        browser = Chromium.start(1280, 900);
        login(digits, "soon-renewal");

        assertTrue(Chromium.waitFor(browser, By.id("renewal-notice")).getText().contains("更新日"));
    }

    @Test
    void thePatronChangesThePasswordAndOnlyTheNewOneWorksAfterwards() throws Exception {
        String digits = newCardDigits();
        register(digits, "変更 三郎", LocalDate.now().plusYears(1), "old-password");

        browser = Chromium.start(390, 844);
        login(digits, "old-password");
        Chromium.waitFor(browser, By.id("change-password")).click();
        Chromium.type(browser, By.id("password:current"), "wrong-password");
        Chromium.type(browser, By.id("password:next"), digits);
        Chromium.type(browser, By.id("password:nextAgain"), "something-else");
        Chromium.submit(browser, By.id("password:submit"));
        String problems = Chromium.waitFor(browser, By.id("password-messages")).getText();
        assertTrue(problems.contains("現在のパスワードが正しくありません"), problems);
        assertTrue(problems.contains("一致しません"), problems);
        assertTrue(problems.contains("利用者カード番号はパスワードに使えません"), problems);

        Chromium.type(browser, By.id("password:current"), "old-password");
        Chromium.type(browser, By.id("password:next"), "new-password-2026");
        Chromium.type(browser, By.id("password:nextAgain"), "new-password-2026");
        Chromium.submit(browser, By.id("password:submit"));
        assertTrue(Chromium.waitFor(browser, By.id("my-notice")).getText().contains("パスワードを変更しました"));

        Chromium.submit(browser, By.id("account:logout"));
        Chromium.waitFor(browser, By.id("library-name"));
        login(digits, "old-password");
        assertTrue(refusal().contains("正しくありません"));
        login(digits, "new-password-2026");
        assertEquals("変更 三郎", Chromium.waitFor(browser, By.id("patron-name")).getText());
    }

    @Test
    void everyPageForbidsFramingAndSniffing() {
        HttpResponse<String> page = client.getAny("");
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(
                page.headers().allValues("Content-Security-Policy").stream()
                        .anyMatch(v -> v.contains("frame-ancestors 'none'")),
                page.headers().map().toString());
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void registrationRefusesBadCardsDuplicatesAndPasswordsThatAreTheCard() {
        String digits = newCardDigits();
        assertEquals(
                400,
                register("12ab34", "誤り", LocalDate.now().plusYears(1), "good-password")
                        .statusCode());
        assertEquals(
                400,
                register(digits, "同じ", LocalDate.now().plusYears(1), digits).statusCode());
        assertEquals(
                201,
                register(digits, "最初", LocalDate.now().plusYears(1), "good-password")
                        .statusCode());
        HttpResponse<String> duplicate =
                register("A" + digits, "二度目", LocalDate.now().plusYears(1), "good-password");
        assertEquals(409, duplicate.statusCode());
        assertEquals("conflict", object(duplicate).getString("code"));
    }
}
