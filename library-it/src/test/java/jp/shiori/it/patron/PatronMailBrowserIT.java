package jp.shiori.it.patron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.it.Mailbox;
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

/**
 * ユーザ設定: a patron registers an e-mail address through the mailed link, forgets the password and sets
 * a new one through the reset mail; the library's search terminals offer no reissue.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatronMailBrowserIT extends ShioriDeployment {

    private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[A-Za-z0-9_-]+");

    @ArquillianResource
    URL deploymentUrl;

    private final Mailbox mailbox = new Mailbox();
    private ShioriClient client;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        client = ShioriClient.staff(baseUri(deploymentUrl));
        mailbox.start();
    }

    @AfterEach
    void tearDown(TestInfo test) throws Exception {
        Chromium.close(browser, test);
        mailbox.stop();
    }

    private String registerPatron(String password) {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        assertEquals(
                201,
                client.postJson("api/v1/patrons", """
                {"cardNumber":"%s","name":"根室 七海","category":"ADULT","cardRenewalDate":"%s","initialPassword":"%s"}""".formatted(
                                        digits, LocalDate.now().plusYears(1), password))
                        .statusCode());
        return digits;
    }

    private void login(String card, String password) {
        browser.get(baseUri(deploymentUrl).resolve("login.xhtml").toString());
        Chromium.type(browser, By.id("login:card"), card);
        Chromium.type(browser, By.id("login:password"), password);
        Chromium.submit(browser, By.id("login:submit"));
    }

    private static String link(MimeMessage mail) {
        Matcher m = LINK.matcher(Mailbox.body(mail));
        assertTrue(m.find(), Mailbox.body(mail));
        return m.group();
    }

    private void verifiedAddress(String card, String password, String address) throws Exception {
        login(card, password);
        Chromium.type(browser, By.id("email:address"), address);
        Chromium.submit(browser, By.id("email:submit"));
        assertTrue(Chromium.waitFor(browser, By.id("email-messages")).getText().contains("確認のメールを送りました"));

        MimeMessage mail = mailbox.awaitDelivery(address);
        assertEquals("【釧路市図書館】メールアドレス確認のお願い", mail.getSubject());
        String verification = link(mail);
        browser.get(verification);
        assertTrue(Chromium.waitFor(browser, By.id("verify-result")).getText().contains("メールアドレスを登録しました"));
        browser.get(baseUri(deploymentUrl).resolve("my/").toString());
        assertEquals(address, Chromium.waitFor(browser, By.id("patron-email")).getText());

        browser.get(verification);
        assertTrue(Chromium.waitFor(browser, By.id("verify-result")).getText().contains("使えません"), "a link works once");
        Chromium.submit(browser, By.id("account:logout"));
        Chromium.waitFor(browser, By.id("library-name"));
    }

    @Test
    void anAddressCountsOnceVerifiedAndAForgottenPasswordIsResetByMail() throws Exception {
        String card = registerPatron("first-password");
        String address = Mailbox.uniqueAddress();
        browser = Chromium.start(390, 844);
        verifiedAddress(card, "first-password", address);

        browser.get(baseUri(deploymentUrl).resolve("login.xhtml").toString());
        Chromium.waitFor(browser, By.id("forgot-link")).click();
        Chromium.type(browser, By.id("forgot:card"), "A" + card);
        Chromium.type(browser, By.id("forgot:email"), address.toUpperCase());
        Chromium.submit(browser, By.id("forgot:submit"));
        assertTrue(Chromium.waitFor(browser, By.id("forgot-sent")).getText().contains("ご登録の内容と一致した場合は"));

        String reset = link(mailbox.awaitDelivery(address, "パスワード再設定"));
        browser.get(reset);
        Chromium.type(browser, By.id("reset:next"), "second-password");
        Chromium.type(browser, By.id("reset:nextAgain"), "other-password");
        Chromium.submit(browser, By.id("reset:submit"));
        assertTrue(Chromium.waitFor(browser, By.id("reset-messages")).getText().contains("一致しません"));

        Chromium.type(browser, By.id("reset:next"), "second-password");
        Chromium.type(browser, By.id("reset:nextAgain"), "second-password");
        Chromium.submit(browser, By.id("reset:submit"));
        assertTrue(Chromium.waitFor(browser, By.id("login-notice")).getText().contains("新しいパスワードを設定しました"));

        login(card, "first-password");
        assertTrue(Chromium.waitFor(browser, By.id("login-messages")).getText().contains("正しくありません"));
        login(card, "second-password");
        assertEquals("根室 七海", Chromium.waitFor(browser, By.id("patron-name")).getText());

        browser.get(reset);
        Chromium.type(browser, By.id("reset:next"), "third-password");
        Chromium.type(browser, By.id("reset:nextAgain"), "third-password");
        Chromium.submit(browser, By.id("reset:submit"));
        assertTrue(
                Chromium.waitFor(browser, By.id("reset-messages")).getText().contains("リンク"),
                "a reset link works once");
    }

    @Test
    void anUnknownCardOrAnUnverifiedAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String card = registerPatron("some-password");
        String address = Mailbox.uniqueAddress();
        browser = Chromium.start(1280, 900);

        browser.get(baseUri(deploymentUrl).resolve("forgot-password.xhtml").toString());
        Chromium.type(browser, By.id("forgot:card"), card);
        Chromium.type(browser, By.id("forgot:email"), address);
        Chromium.submit(browser, By.id("forgot:submit"));
        String answer = Chromium.waitFor(browser, By.id("forgot-sent")).getText();

        browser.get(baseUri(deploymentUrl).resolve("forgot-password.xhtml").toString());
        Chromium.type(browser, By.id("forgot:card"), "99999999999");
        Chromium.type(browser, By.id("forgot:email"), address);
        Chromium.submit(browser, By.id("forgot:submit"));
        assertEquals(answer, Chromium.waitFor(browser, By.id("forgot-sent")).getText());

        Thread.sleep(3_000); // the outbox polls every second in the test domain
        assertTrue(mailbox.receivedFor(address).isEmpty(), "no mail to an address the patron never verified");
    }

    @Test
    void aBrowserStaffMarkedAsASearchTerminalOffersNoPasswordReissue() throws Exception {
        browser = Chromium.start(1280, 900);
        Chromium.staffLogin(browser, baseUri(deploymentUrl));
        browser.get(baseUri(deploymentUrl).resolve("staff/opac-terminal.xhtml").toString());
        Chromium.waitFor(browser, By.id("terminal:mark")).click();
        Chromium.waitForText(browser, By.id("terminal-state"), "登録されています");

        browser.get(baseUri(deploymentUrl).resolve("login.xhtml").toString());
        Chromium.waitFor(browser, By.id("login:card"));
        assertTrue(browser.findElements(By.id("forgot-link")).isEmpty());
        browser.get(baseUri(deploymentUrl).resolve("forgot-password.xhtml").toString());
        assertTrue(Chromium.waitFor(browser, By.id("forgot-terminal")).getText().contains("パスワードの再発行ができません"));
        assertTrue(browser.findElements(By.id("forgot:submit")).isEmpty());

        browser.get(baseUri(deploymentUrl).resolve("staff/opac-terminal.xhtml").toString());
        Chromium.waitFor(browser, By.id("terminal:unmark")).click();
        Chromium.waitForText(browser, By.id("terminal-state"), "登録されていません");
    }
}
