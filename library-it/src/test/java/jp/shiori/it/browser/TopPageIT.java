package jp.shiori.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A patron opens the top page on a phone: the library's contacts in Japanese, then in English. */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TopPageIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private WebDriver browser;

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    @Test
    void thePatronSeesTheCentralLibraryAndItsPhoneNumberThenSwitchesToEnglish() throws Exception {
        browser = Chromium.start(390, 844);
        browser.get(baseUri(deploymentUrl).toString());

        assertEquals("ja", browser.findElement(By.tagName("html")).getAttribute("lang"));
        WebElement central = browser.findElement(By.cssSelector("tr.branch-central"));
        assertTrue(central.getText().contains("釧路市中央図書館"), central.getText());
        assertTrue(central.getText().contains("0154-64-1740"), central.getText());
        assertEquals(
                "tel:0154641740", central.findElement(By.cssSelector("a.phone")).getAttribute("href"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("0154-38-5499"));
        assertFitsThePhoneScreen();
        Chromium.screenshot(browser, "top-page-ja-phone");

        browser.findElement(By.id("lang-en")).click();

        Chromium.waitForText(browser, By.id("library-name"), "Kushiro City Library");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        String english =
                browser.findElement(By.cssSelector("tr.branch-central")).getText();
        assertTrue(english.contains("Kushiro City Central Library"), english);
        assertEquals(
                "Kushiro City Library",
                browser.findElement(By.id("library-name")).getText());
        Chromium.screenshot(browser, "top-page-en-phone");

        browser.findElement(By.id("lang-ja")).click();
        Chromium.waitForText(browser, By.id("library-name"), "釧路市図書館");
    }

    @Test
    void anUnknownLanguageFallsBackToJapanese() throws Exception {
        browser = Chromium.start(1280, 900);
        browser.get(baseUri(deploymentUrl).resolve("index.xhtml?lang=xx").toString());

        assertEquals("ja", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("釧路市図書館", browser.findElement(By.id("library-name")).getText());
    }

    @Test
    void theStaffPagesAskForAStaffLoginAndAnUnknownPageIsAFriendlyJapaneseMessage() throws Exception {
        browser = Chromium.start(1280, 900);
        browser.get(baseUri(deploymentUrl).resolve("staff/").toString());
        Chromium.waitFor(browser, By.id("login:username"));
        assertEquals("職員ログイン", browser.findElement(By.tagName("h1")).getText());
        Chromium.staffLogin(browser, baseUri(deploymentUrl));
        assertEquals("職員用業務メニュー", browser.findElement(By.tagName("h1")).getText());

        browser.get(baseUri(deploymentUrl).resolve("no-such-page.xhtml").toString());
        assertEquals("ページが見つかりません", browser.findElement(By.id("error-title")).getText());
        assertTrue(!browser.getPageSource().contains("Exception"));
    }

    private void assertFitsThePhoneScreen() {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "the page scrolls sideways on a phone by " + overflow + "px");
    }
}
