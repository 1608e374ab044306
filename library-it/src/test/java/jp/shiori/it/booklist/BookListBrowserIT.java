package jp.shiori.it.booklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * ブックリスト管理 on a phone, in Japanese: the first use (nickname 〔チェック〕, the terms), 自動登録, a loan at the desk
 * that appears on 登録資料, 〔読了〕 from the result list (by script) and 〔読みたい本〕 from the title page (a plain form
 * post), the filter, and the CSV download.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookListBrowserIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private LibraryFixtures library;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        library = new LibraryFixtures(ShioriClient.staff(baseUri(deploymentUrl)));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    private URI base() {
        return baseUri(deploymentUrl);
    }

    private void assertNoSidewaysScrolling(String page) {
        Object fits = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, page + " scrolls sideways on a phone");
    }

    @Test
    void firstUseSettingsADeskLoanReadFromTheResultsAndTheCsv() throws Exception {
        String word = ShioriClient.uniqueWord();
        LibraryFixtures.Patron patron = library.patron("読書 花子");
        LibraryFixtures.Title borrowed = library.title("霧笛の町 " + word, "central", 1, true);
        LibraryFixtures.Title found = library.title("湿原の四季 " + word, "central", 1, true);

        browser = Chromium.start(390, 844);
        browser.get(base().resolve("login.xhtml").toString());
        Chromium.type(browser, By.id("login:card"), patron.card());
        Chromium.type(browser, By.id("login:password"), patron.password());
        Chromium.submit(browser, By.id("login:submit"));
        Chromium.waitFor(browser, By.id("loans-heading"));

        Chromium.submit(browser, By.id("booklist-link"));
        Chromium.waitFor(browser, By.id("start:nickname"));
        assertTrue(browser.getCurrentUrl().contains("/my/booklist/start.xhtml"), "the first use asks for a nickname");
        String nickname = "しおり" + word.substring(0, 6);
        Chromium.type(browser, By.id("start:nickname"), nickname);
        Chromium.submit(browser, By.id("start:check"));
        Chromium.waitForText(browser, By.id("nickname-check"), "は使用できます");
        Chromium.submit(browser, By.id("start:register"));
        Chromium.waitForText(browser, By.id("start:accept-message"), "同意にチェック");
        assertNoSidewaysScrolling("the first use");
        Chromium.screenshot(browser, "booklist-start-ja-phone");
        browser.findElement(By.id("start:accept")).click();
        Chromium.submit(browser, By.id("start:register"));

        Chromium.waitForText(browser, By.id("settings-messages"), "利用登録が完了しました");
        assertEquals(nickname, browser.findElement(By.id("settings-nickname")).getText());
        assertTrue(browser.findElement(By.id("settings:auto:1")).isSelected(), "自動登録 is off by default");
        browser.findElement(By.id("settings:auto:0")).click();
        Chromium.submit(browser, By.id("settings:save"));
        Chromium.waitForText(browser, By.id("settings-messages"), "自動登録を設定しました");
        assertTrue(browser.findElement(By.id("settings:auto:0")).isSelected());

        assertEquals(
                201, library.checkout(patron.card(), borrowed.barcodes().get(0)).statusCode(), "a loan at the desk");

        Chromium.submit(browser, By.id("tab-entries"));
        Chromium.waitFor(browser, By.id("entries-heading"));
        String entry =
                browser.findElement(By.cssSelector("#entries .booklist-entry")).getText();
        assertTrue(entry.contains("霧笛の町 " + word) && entry.contains("貸出中"), entry);
        assertNoSidewaysScrolling("登録資料");
        Chromium.screenshot(browser, "booklist-entries-ja-phone");

        browser.get(base().resolve("search.xhtml?q=" + word).toString());
        Chromium.waitFor(browser, By.id("result-count"));
        assertTrue(
                browser.findElement(By.id("booklist-state-" + borrowed.id()))
                        .getText()
                        .contains("ブックリスト登録済"),
                "the row says the borrowed title is in the list");
        assertEquals(
                "", browser.findElement(By.id("booklist-state-" + found.id())).getText());
        browser.findElement(By.id("booklist-read-" + found.id())).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("booklist-state-" + found.id()))
                        .getText()
                        .contains("ブックリスト登録済（読了）"));
        assertTrue(browser.getCurrentUrl().contains("search.xhtml?q=" + word), "the page stayed where it was");
        assertNoSidewaysScrolling("the result list with book list buttons");
        Chromium.screenshot(browser, "booklist-search-read-ja-phone");
        browser.navigate().refresh();
        Chromium.waitForText(browser, By.id("booklist-state-" + found.id()), "ブックリスト登録済（読了）");

        // Without the script: the same form as a plain post, back to the page with a notice.
        browser.get(base().resolve("title.xhtml?id=" + found.id()).toString());
        Chromium.waitFor(browser, By.id("booklist-want-" + found.id()));
        ((JavascriptExecutor) browser).executeScript("""
                var form = document.querySelector('form.booklist-mark');
                var status = document.createElement('input');
                status.type = 'hidden'; status.name = 'status'; status.value = 'WANT_TO_READ';
                form.appendChild(status);
                form.submit();""");
        Chromium.waitForText(browser, By.id("booklist-notice"), "読みたい本にしました");
        assertTrue(browser.getCurrentUrl().contains("title.xhtml?id=" + found.id()), browser.getCurrentUrl());
        assertEquals(
                "ブックリスト登録済（読みたい本）",
                browser.findElement(By.id("booklist-state-" + found.id())).getText());

        browser.get(base().resolve("my/booklist/?status=WANT_TO_READ").toString());
        Chromium.waitFor(browser, By.id("entries-heading"));
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#entries .booklist-entry")).size());
        assertTrue(browser.findElement(By.cssSelector("#entries .entry-title"))
                .getText()
                .contains("湿原の四季"));
        assertEquals("WANT_TO_READ", browser.findElement(By.id("status")).getAttribute("value"), "the filter is kept");

        Object csv = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(document.getElementById('export-csv').href, {credentials: 'same-origin'})
                  .then(function (r) { return r.arrayBuffer().then(function (b) {
                    done(r.headers.get('Content-Type') + '|' + new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)); }); })
                  .catch(function (e) { done('failed ' + e); });""");
        String download = String.valueOf(csv);
        assertTrue(download.startsWith("text/csv"), download);
        String body = download.substring(download.indexOf('|') + 1);
        assertTrue(body.startsWith("\uFEFFタイトル,ヨミ,著者,ISBN,貸出日,返却日,状態,カテゴリ,メモ,評価"), body);
        assertTrue(body.contains("霧笛の町 " + word) && body.contains("湿原の四季 " + word) && body.contains("読みたい本"), body);

        // 読書記録: the whole list on a page of its own; printed, only the record shows.
        Chromium.submit(browser, By.id("tab-record"));
        Chromium.waitFor(browser, By.id("record-table"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#record-table tbody tr"));
        assertEquals(2, rows.size(), "both entries are in the reading record");
        String record = browser.findElement(By.id("record-table")).getText();
        assertTrue(record.contains("霧笛の町 " + word) && record.contains("湿原の四季 " + word), record);
        assertTrue(record.contains("読みたい本"), record);
        assertTrue(browser.findElement(By.id("record-owner")).getText().contains(nickname));
        assertTrue(browser.findElement(By.id("print-record")).isDisplayed(), "a print button on screen");
        assertNoSidewaysScrolling("読書記録");
        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("hidden", visibility("header"), "the site header is not printed");
            assertFalse(rendered("print-record"), "the print button is not printed");
            assertEquals("visible", visibility("#record-table td"), "the record is printed");
            assertEquals("visible", visibility("#record-title"), "its heading is printed");
        } finally {
            ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private String visibility(String selector) {
        return String.valueOf(((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.querySelector(arguments[0])).visibility;", selector));
    }

    /** Whether the element takes up any room on the page (not under an element that is not displayed). */
    private boolean rendered(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return document.getElementById(arguments[0]).getClientRects().length > 0;", id));
    }
}
