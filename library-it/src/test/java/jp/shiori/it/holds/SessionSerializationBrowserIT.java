package jp.shiori.it.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A session that moves to another instance (serialized and read back, as session replication does it) goes on
 * where it was: the visitor's basket, then the logged-in patron with the placement form half way through (the
 * confirmation ⑥), whose 送信 places the holds.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSerializationBrowserIT extends ShioriDeployment {

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

    /** Serializes and restores this browser's session on the server, without leaving the page. */
    private void moveSession() {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin'})"
                + ".then(r => r.text().then(t => done(r.status + ' ' + t))).catch(e => done('failed ' + e));",
                base().resolve("it/session-round-trip").getPath());
        assertTrue(String.valueOf(answer).startsWith("200 restored"), String.valueOf(answer));
    }

    @Test
    void aSerializedSessionKeepsTheBasketTheLoginAndThePlacementForm() throws Exception {
        String word = ShioriClient.uniqueWord();
        long kiri = library.title("霧の港", word, true);
        long tancho = library.title("丹頂の里", word, true);
        BasketFixtures.Patron patron = library.patron("移動 花子", false);

        browser = Chromium.start(412, 915);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.get(base().resolve("search.xhtml?q=" + word).toString());
        Chromium.submit(browser, By.id("basket-add-" + kiri));
        Chromium.waitForText(browser, By.id("basket-notice"), "予約かごに追加しました");
        Chromium.submit(browser, By.id("basket-add-" + tancho));
        Chromium.waitForText(browser, By.id("basket-notice"), "（予約かごの資料：2件）");

        moveSession();
        Chromium.submit(browser, By.id("basket-link"));
        Chromium.waitFor(browser, By.id("basket-titles"));
        assertEquals(2, browser.findElements(By.cssSelector("#basket-titles .basket-title")).size(),
                "the visitor's basket came along");

        Chromium.submit(browser, By.id("basket:select-all"));
        Chromium.submit(browser, By.id("basket:reserve"));
        Chromium.type(browser, By.id("login:card"), patron.card());
        Chromium.type(browser, By.id("login:password"), patron.password());
        Chromium.submit(browser, By.id("login:submit"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/my/holds/place.xhtml"));
        Chromium.waitFor(browser, By.id("hold-titles"));

        // The branch by a plain post of the form, then a station: the view-scoped form keeps both.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('branch').value = 'central';"
                + "var b = document.getElementById('place:refresh'); b.removeAttribute('onclick'); b.onclick = null;"
                + "b.hidden = false;");
        Chromium.submit(browser, By.id("place:refresh"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#station option[value='hold-shelf-room']")));
        new Select(browser.findElement(By.id("station"))).selectByValue("hold-shelf-room");
        moveSession();
        Chromium.submit(browser, By.id("place:review"));
        Chromium.waitFor(browser, By.id("confirm:send"));
        assertTrue(browser.findElement(By.id("confirm-branch")).getText().contains("中央"),
                browser.findElement(By.id("confirm-branch")).getText());

        moveSession();
        Chromium.submit(browser, By.id("confirm:send"));
        Chromium.waitForText(browser, By.id("my-notice"), "2件の予約を受け付けました");

        String token = library.token(patron);
        List<Long> held = ShioriClient.array(library.asPatron(token, "GET", "api/v1/me/holds", null)).stream()
                .map(v -> v.asJsonObject().getJsonNumber("titleId").longValue()).toList();
        assertEquals(Set.of(kiri, tancho), Set.copyOf(held), "both titles held, for the patron of the session");
    }
}
