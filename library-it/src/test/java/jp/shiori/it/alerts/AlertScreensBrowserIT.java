package jp.shiori.it.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import jp.shiori.it.Mailbox;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.browser.Chromium;
import jp.shiori.it.browser.RequiresBrowser;
import jp.shiori.it.circulation.LibraryFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * 新着案内配信サービス on a phone, in Japanese: My page → ① → 新規登録 → ② with a mail title, a keyword and NDC 596,
 * プレビュー of the last 30 days, a refused NDC, 登録, 配信を停止 and 再開; hidden on an OPAC terminal.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertScreensBrowserIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient staff;
    private LibraryFixtures library;
    private final Mailbox mailbox = new Mailbox();
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        staff = ShioriClient.staff(base);
        library = new LibraryFixtures(staff);
        mailbox.start();
    }

    @AfterEach
    void tearDown(TestInfo test) throws Exception {
        Chromium.close(browser, test);
        mailbox.stop();
    }

    private void assertNoSidewaysScroll(String where) {
        Object fits = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, where + " scrolls sideways on a phone");
    }

    @Test
    void aPatronRegistersAnAlertOnAPhoneAndPreviewsIt() throws Exception {
        String word = ShioriClient.uniqueWord();
        long titleId = staff.createTitle("""
                {"source":"IT","sourceId":"%s","title":"ふわふわケーキの本 %s","materialType":"BOOK","ndc":"596.65"}""".formatted(word, word));
        staff.addItem(titleId, ShioriClient.uniqueBarcode(), "central", true);
        LibraryFixtures.Patron patron =
                new VerifiedPatrons(base, library, mailbox).withAddress("釧路 花子", Mailbox.uniqueAddress());

        browser = Chromium.start(390, 844);
        browser.get(base.resolve("login.xhtml").toString());
        Chromium.type(browser, By.id("login:card"), patron.card());
        Chromium.type(browser, By.id("login:password"), patron.password());
        Chromium.submit(browser, By.id("login:submit"));
        Chromium.submit(browser, By.id("alerts-link"));
        Chromium.waitForText(browser, By.tagName("h1"), "新着案内配信サービス");
        assertTrue(Chromium.waitFor(browser, By.id("alerts-domain")).getText().contains("受信リストの設定"));
        assertNoSidewaysScroll("the list of alerts");

        Chromium.submit(browser, By.id("alerts-new"));
        Chromium.type(browser, By.id("alert:mailTitle"), "お菓子作りの新刊");
        Chromium.type(browser, By.id("alert:keywords"), "ケーキ " + word);
        Chromium.type(browser, By.id("alert:ndc"), "お菓子");
        Chromium.submit(browser, By.id("alert:save"));
        Chromium.waitForText(browser, By.id("alert-messages"), "分類（NDC）は数字で入力してください");

        Chromium.type(browser, By.id("alert:ndc"), "５９６");
        Chromium.submit(browser, By.id("alert:preview"));
        Chromium.waitForText(browser, By.id("preview-count"), "1 件");
        assertTrue(browser.findElement(By.id("alert-preview")).getText().contains("ふわふわケーキの本 " + word));
        assertNoSidewaysScroll("the form with its preview");

        Chromium.submit(browser, By.id("alert:save"));
        Chromium.waitForText(browser, By.id("alerts-notice"), "新着案内を登録しました");
        String row = Chromium.waitFor(browser, By.id("alert-list")).getText();
        assertTrue(row.contains("お菓子作りの新刊") && row.contains("596") && row.contains("配信中"), row);
        assertNoSidewaysScroll("the list with an alert");

        Chromium.submit(browser, By.cssSelector("#alert-list input[id$='pause']"));
        Chromium.waitForText(browser, By.id("alerts-notice"), "配信を停止しました");
        assertTrue(browser.findElement(By.id("alert-list")).getText().contains("停止中"));
        Chromium.submit(browser, By.cssSelector("#alert-list input[id$='resume']"));
        Chromium.waitForText(browser, By.id("alerts-notice"), "配信を再開しました");

        // 図書館内の資料検索機 (OPAC): not offered, not even linked.
        browser.manage().addCookie(new Cookie("shiori-opac-terminal", "1"));
        browser.get(base.resolve("my/alerts/").toString());
        Chromium.waitForText(browser, By.id("alerts-terminal"), "資料検索機（OPAC）では");
        assertTrue(browser.findElements(By.id("alert-list")).isEmpty());
        browser.get(base.resolve("my/").toString());
        Chromium.waitFor(browser, By.id("patron-card"));
        assertTrue(browser.findElements(By.id("alerts-link")).isEmpty());
    }
}
