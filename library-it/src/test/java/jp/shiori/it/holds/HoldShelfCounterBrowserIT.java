package jp.shiori.it.holds;

import static jp.shiori.it.holds.HoldDesk.choose;
import static jp.shiori.it.holds.HoldDesk.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
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
import org.openqa.selenium.WebDriver;

/**
 * 窓口予約: from the desk's patron summary to the counter-hold page; the hold is placed counter-requested (the patron
 * cannot cancel it on the web), a second one on the same title is refused in Japanese words, staff cancel it with a
 * reason.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldShelfCounterBrowserIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private LibraryFixtures library;
    private ShioriClient.StaffAccount desk;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        library = new LibraryFixtures(ShioriClient.staff(base));
        desk = ShioriClient.StaffAccount.create(base, "CIRCULATION");
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    @Test
    void staffPlaceAHoldAtTheCounterForTheBookmobileSeeARefusalInWordsAndCancelItWithAReason() throws Exception {
        LibraryFixtures.Patron patron = library.patron("窓口 予約子");
        long titleId = library.title("グスコーブドリの伝記", "central", 1, true).id();

        browser = Chromium.start(1024, 900);
        Chromium.staffLogin(browser, base, desk.username(), desk.password());
        browser.get(base.resolve("staff/circulation/").toString());
        Chromium.waitFor(browser, By.id("card:card"));
        scan(browser, patron.card());
        Chromium.submit(browser, By.id("desk-counter-hold"));
        assertEquals(
                "窓口 予約子",
                Chromium.waitFor(browser, By.id("counter-patron-name")).getText());

        Chromium.type(browser, By.id("place:title"), Long.toString(titleId));
        choose(browser, "place:pickup", "bookmobile|stop-03");
        Chromium.submit(browser, By.id("place:submit"));
        Chromium.waitForText(browser, By.id("desk-messages"), "予約しました");
        String held = Chromium.waitFor(browser, By.cssSelector("#patron-holds tr.patron-hold"))
                .getText();
        assertTrue(held.contains("グスコーブドリの伝記") && held.contains("窓口予約") && held.contains("つくばエクスプレス"), held);
        String token = library.token(patron);
        String mine = library.asPatron(token, "GET", "api/v1/me/holds").body();
        assertTrue(mine.contains("\"counterRequested\":true"), mine);

        Chromium.type(browser, By.id("place:title"), Long.toString(titleId));
        choose(browser, "place:pickup", "west|");
        Chromium.submit(browser, By.id("place:submit"));
        Chromium.waitForText(browser, By.id("desk-messages"), "すでに予約している資料です");
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#patron-holds tr.patron-hold"))
                        .size());
        Chromium.screenshot(browser, "hold-counter-refused");

        Chromium.submit(browser, By.cssSelector("#patron-holds tr.patron-hold input[type=submit]"));
        Chromium.type(browser, By.id("cancel:reason"), "窓口で取消の申し出");
        Chromium.submit(browser, By.id("cancel:submit"));
        Chromium.waitForText(browser, By.id("desk-messages"), "予約を取り消しました");
        assertTrue(browser.findElements(By.cssSelector("#patron-holds tr.patron-hold"))
                .isEmpty());
        assertTrue(library.asPatron(token, "GET", "api/v1/me/holds").body().contains("窓口で取消の申し出"));

        // The same desk in English.
        browser.get(base.resolve("staff/circulation/hold-shelf.xhtml?lang=en").toString());
        Chromium.waitForText(browser, By.tagName("h1"), "Hold shelf");
        assertEquals("Run hold expiry", browser.findElement(By.id("expire:run")).getAttribute("value"));
        assertEquals("Receive", browser.findElement(By.id("receive:submit")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("to-counter-hold")).getText().contains("Counter hold"));
    }
}
