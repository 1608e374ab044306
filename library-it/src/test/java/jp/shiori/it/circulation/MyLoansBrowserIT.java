package jp.shiori.it.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** ご利用状況参照: the patron logs in, sees the loans first, renews once with confirmation, then sees 延長不可. */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyLoansBrowserIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

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

    @Test
    void thePatronRenewsOnceTwoWeeksFromTheDueDateAndThenSeesWhyNotAgain() throws Exception {
        LibraryFixtures.Patron patron = library.patron("延長 花子");
        library.checkout(patron.card(), library.copy("風の又三郎"));

        browser = Chromium.start(390, 844);
        browser.get(baseUri(deploymentUrl).resolve("login.xhtml").toString());
        Chromium.type(browser, By.id("login:card"), patron.card());
        Chromium.type(browser, By.id("login:password"), patron.password());
        Chromium.submit(browser, By.id("login:submit"));

        Chromium.waitFor(browser, By.id("loans-heading"));
        assertTrue(
                browser.findElement(By.id("loans")).getLocation().getY()
                        < browser.findElement(By.id("profile")).getLocation().getY(),
                "the loans come first on My page");
        assertEquals(
                "風の又三郎",
                browser.findElement(By.cssSelector(".my-loan .loan-title")).getText());
        assertTrue(browser.findElement(By.cssSelector(".my-loan .loan-due"))
                .getText()
                .contains(TODAY.plusDays(14).toString()));
        Chromium.screenshot(browser, "my-loans-ja-phone");

        Chromium.submit(browser, By.cssSelector(".my-loan .renew"));
        String confirmation =
                Chromium.waitFor(browser, By.id("renew-confirm-text")).getText();
        assertTrue(confirmation.contains(TODAY.plusDays(28).toString()), confirmation);
        Chromium.submit(browser, By.id("loans-form:renew-no"));
        assertEquals(
                0, browser.findElements(By.id("renew-confirm")).size(), "cancelled: nothing asked, nothing changed");
        assertTrue(browser.findElement(By.cssSelector(".my-loan .loan-due"))
                .getText()
                .contains(TODAY.plusDays(14).toString()));

        Chromium.submit(browser, By.cssSelector(".my-loan .renew"));
        Chromium.submit(browser, By.id("loans-form:renew-yes"));
        Chromium.waitForText(browser, By.id("loans-messages"), "延長しました");
        assertTrue(browser.findElement(By.cssSelector(".my-loan .loan-due"))
                .getText()
                .contains(TODAY.plusDays(28).toString()));
        assertEquals(
                "1 / 1",
                browser.findElement(By.cssSelector(".my-loan .loan-renewals")).getText());
        String refusal =
                browser.findElement(By.cssSelector(".my-loan .loan-renewal")).getText();
        assertTrue(refusal.contains("延長不可"), refusal);
        assertTrue(refusal.contains("延長は1回まで"), refusal);
        assertEquals(0, browser.findElements(By.cssSelector(".my-loan .renew")).size());
        Chromium.screenshot(browser, "my-loans-renewed");
    }
}
