package jp.shiori.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A patron on a phone searches from the top page, refines, opens a title and sees where copies are. */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogSearchBrowserIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private WebDriver browser;

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    @Test
    void thePatronFindsATitleByItsReadingAndSeesItsHoldings() throws Exception {
        ShioriClient client = ShioriClient.staff(baseUri(deploymentUrl));
        String word = ShioriClient.uniqueWord();
        long id = client.createTitle("""
                {"source":"IT","sourceId":"%s","title":"銀河の停車場 %s","contributors":[{"name":"北見 一郎"}],
                 "publisher":"釧路書房","publicationYear":2020,"materialType":"BOOK","language":"jpn"}""".formatted(word, word));
        client.addItem(id, ShioriClient.uniqueBarcode(), "central", true);
        client.addItem(id, ShioriClient.uniqueBarcode(), "east", false);

        browser = Chromium.start(390, 844);
        browser.get(baseUri(deploymentUrl).toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("ぎんがの " + word);
        browser.findElement(By.id("search-submit")).click();

        String count = Chromium.waitFor(browser, By.id("result-count")).getText();
        assertTrue(count.contains("1件"), count);
        List<WebElement> hits = browser.findElements(By.cssSelector("#results .hit"));
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).getText().contains("所蔵 2冊（貸出可 2冊）"), hits.get(0).getText());
        Chromium.screenshot(browser, "search-results-ja-phone");

        browser.findElement(By.id("view-detail")).click();
        assertTrue(Chromium.waitFor(browser, By.cssSelector("#results .hit-details"))
                .getText()
                .contains("2020"));

        browser.findElement(By.cssSelector("#results .hit-title")).click();
        assertEquals(
                "銀河の停車場 " + word, Chromium.waitFor(browser, By.id("title-name")).getText());
        List<WebElement> holdings = browser.findElements(By.cssSelector("#holdings tr.holding"));
        assertEquals(2, holdings.size());
        assertTrue(
                holdings.get(0).getText().contains("釧路市中央図書館"), holdings.get(0).getText());
        assertTrue(holdings.get(0).getText().contains("帯出可")
                && holdings.get(0).getText().contains("貸出可"));
        assertTrue(holdings.get(1).getText().contains("禁帯出"), holdings.get(1).getText());
        Chromium.screenshot(browser, "title-detail-ja-phone");

        browser.findElement(By.id("lang-en")).click();
        Chromium.waitForText(browser, By.cssSelector("#holdings tr.holding"), "Available");
    }

    @Test
    void anEmptySearchGivesAHintAndAnOverlongOneAJapaneseMessage() throws Exception {
        browser = Chromium.start(1280, 900);
        browser.get(baseUri(deploymentUrl).resolve("search.xhtml?q=").toString());
        assertTrue(browser.findElement(By.id("search-hint")).getText().contains("検索語を入力してください"));

        browser.get(baseUri(deploymentUrl)
                .resolve("search.xhtml?q=" + "あ".repeat(300) + "&page=-1")
                .toString());
        String problems = browser.findElement(By.id("search-problems")).getText();
        assertTrue(problems.contains("検索語が長すぎます"), problems);
        assertTrue(problems.contains("ページ番号が正しくありません"), problems);
    }

    @Test
    void theAdvancedSearchCombinesFields() throws Exception {
        ShioriClient client = ShioriClient.staff(baseUri(deploymentUrl));
        String word = ShioriClient.uniqueWord();
        long id = client.createTitle("""
                {"source":"IT","sourceId":"%s","title":"湿原の鳥 %s","contributors":[{"name":"丹頂 太郎"}],
                 "publisher":"阿寒出版","publicationYear":1999,"ndc":"488","materialType":"BOOK"}""".formatted(word, word));
        client.addItem(id, ShioriClient.uniqueBarcode(), "akan", true);

        browser = Chromium.start(1280, 900);
        browser.get(baseUri(deploymentUrl).resolve("advanced-search.xhtml").toString());
        browser.findElement(By.id("a-title")).sendKeys(word);
        browser.findElement(By.id("a-author")).sendKeys("丹頂");
        browser.findElement(By.id("a-ndc")).sendKeys("４８");
        browser.findElement(By.id("a-yearFrom")).sendKeys("1990");
        browser.findElement(By.id("advanced-submit")).click();

        Chromium.waitFor(browser, By.id("results"));
        assertEquals(1, browser.findElements(By.cssSelector("#results .hit")).size(), browser.getPageSource());
    }

    @Test
    void staffUploadAMarcFileAndWatchTheImportComplete() throws Exception {
        browser = Chromium.start(1280, 900);
        Chromium.staffLogin(browser, baseUri(deploymentUrl));
        browser.findElement(By.id("menu-import")).click();
        Chromium.waitFor(browser, By.id("upload:file"))
                .sendKeys(ShioriClient.marcFile("ndl-japan-marc-233.xml").toString());
        browser.findElement(By.id("upload:start")).click();

        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-state"), "完了"));
        assertTrue(
                browser.findElement(By.id("import-state")).getText().contains("233 / 233"),
                browser.findElement(By.id("import-state")).getText());
        Chromium.screenshot(browser, "staff-import-done");
    }
}
