package jp.shiori.it.holds;

import static jp.shiori.it.ShioriClient.array;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 予約かご on a phone: a visitor fills the basket from the result list, selects all and reserves, logs in with a
 * pre-2018 card typed without its "A", lands on the placement form with both titles, and finds the basket kept as
 * the patron's own; 削除 takes one title out.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BasketBrowserIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private BasketFixtures library;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        library = new BasketFixtures(ShioriClient.staff(baseUri(deploymentUrl)));
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

    private void awaitUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains(part));
    }

    private static List<Long> ids(java.net.http.HttpResponse<String> basket) {
        return array(basket).stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void aVisitorsBasketSurvivesTheLoginAndLeadsToThePlacementForm() throws Exception {
        String word = ShioriClient.uniqueWord();
        long kiri = library.title("霧の港", word, true);
        long tancho = library.title("丹頂の里", word, true);
        long kyodo = library.title("郷土の記録", word, false);
        BasketFixtures.Patron patron = library.patron("予約 花子", true);

        browser = Chromium.start(412, 915);
        browser.get(base().resolve("search.xhtml?q=" + word).toString());
        Chromium.waitFor(browser, By.id("result-count"));
        assertEquals(3, browser.findElements(By.cssSelector("#results .hit")).size());
        assertEquals(
                0, browser.findElements(By.id("basket-add-" + kyodo)).size(), "no button for a reference-only title");
        assertEquals(1, browser.findElements(By.id("basket-add-" + kiri)).size());
        assertNoSidewaysScrolling("the result list");

        Chromium.submit(browser, By.id("basket-add-" + kiri));
        Chromium.waitForText(browser, By.id("basket-notice"), "予約かごに追加しました");
        assertEquals("status", browser.findElement(By.id("basket-notice")).getAttribute("role"));
        assertTrue(
                browser.getCurrentUrl().contains("search.xhtml?q=" + word),
                "back on the result list: " + browser.getCurrentUrl());
        assertEquals(
                0, browser.findElements(By.id("basket-add-" + kiri)).size(), "a title in the basket shows no button");
        Chromium.submit(browser, By.id("basket-add-" + tancho));
        Chromium.waitForText(browser, By.id("basket-notice"), "（予約かごの資料：2件）");
        assertTrue(browser.findElement(By.id("basket-link")).getText().contains("2"), "the header counts the basket");
        Chromium.screenshot(browser, "basket-search-ja-phone");

        browser.get(base().resolve("title.xhtml?id=" + kiri).toString());
        assertTrue(Chromium.waitFor(browser, By.cssSelector("#hold-actions .in-basket"))
                .getText()
                .contains("予約かごに入っています"));
        browser.get(base().resolve("title.xhtml?id=" + kyodo).toString());
        Chromium.waitFor(browser, By.id("hold-unavailable"));
        assertEquals(
                0,
                browser.findElements(By.cssSelector("#hold-actions button")).size(),
                "no button on a 禁帯出 title page");

        Chromium.submit(browser, By.id("basket-link"));
        Chromium.waitFor(browser, By.id("basket-titles"));
        assertEquals(
                2,
                browser.findElements(By.cssSelector("#basket-titles .basket-title"))
                        .size());
        String first = browser.findElement(By.cssSelector("#basket-titles .basket-title"))
                .getText();
        assertTrue(
                first.contains("霧の港 " + word)
                        && first.contains("釧路 太郎")
                        && first.contains("湿原書房")
                        && first.contains("2021")
                        && first.contains("貸出可 1冊"),
                first);
        assertNoSidewaysScrolling("the basket");

        Chromium.submit(browser, By.id("basket:reserve"));
        Chromium.waitForText(browser, By.id("basket-problem"), "予約する資料が選択されていません");
        assertEquals("alert", browser.findElement(By.id("basket-problem")).getAttribute("role"));

        Chromium.submit(browser, By.id("basket:select-all"));
        assertTrue(Chromium.waitFor(browser, By.id("select-" + kiri)).isSelected());
        assertTrue(browser.findElement(By.id("select-" + tancho)).isSelected());
        Chromium.screenshot(browser, "basket-selected-ja-phone");
        Chromium.submit(browser, By.id("basket:reserve"));

        Chromium.waitFor(browser, By.id("login:card"));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
        Chromium.type(browser, By.id("login:card"), patron.digits());
        Chromium.type(browser, By.id("login:password"), patron.password());
        Chromium.submit(browser, By.id("login:submit"));

        awaitUrl("/my/holds/place.xhtml");
        assertTrue(
                browser.getCurrentUrl().endsWith("/my/holds/place.xhtml?title=" + kiri + "&title=" + tancho),
                browser.getCurrentUrl());

        String token = library.token(patron);
        assertEquals(List.of(kiri, tancho), ids(library.list(token)), "the visitor's basket is now the patron's");

        browser.get(base().resolve("basket.xhtml").toString());
        Chromium.waitFor(browser, By.id("basket-titles"));
        assertEquals(1, browser.findElements(By.id("my-link")).size(), "logged in");
        assertEquals(
                2,
                browser.findElements(By.cssSelector("#basket-titles .basket-title"))
                        .size());

        browser.findElement(By.id("select-" + kiri)).click();
        Chromium.submit(browser, By.id("basket:remove"));
        Chromium.waitForText(browser, By.id("basket-status"), "1件の資料を予約かごから削除しました");
        List<WebElement> left = browser.findElements(By.cssSelector("#basket-titles .basket-title"));
        assertEquals(1, left.size());
        assertTrue(left.get(0).getText().contains("丹頂の里"), left.get(0).getText());
        assertEquals(List.of(tancho), ids(library.list(token)), "removed from the stored basket");
        Chromium.screenshot(browser, "basket-patron-ja-phone");

        browser.findElement(By.id("lang-en")).click();
        Chromium.waitForText(browser, By.id("basket-heading"), "Hold basket");
        assertTrue(browser.findElement(By.id("basket:reserve"))
                .getAttribute("value")
                .equals("Reserve"));
        assertNoSidewaysScrolling("the basket in English");
    }
}
