package jp.shiori.it.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The desk as staff use it with a scanner: the scanner types the digits and Enter; the focus is back in the
 * scan field after every scan. Refusals say why; the receipt shows due dates and the card's renewal date.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CirculationDeskBrowserIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @ArquillianResource
    URL deploymentUrl;

    private LibraryFixtures library;
    private ShioriClient.StaffAccount desk;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        library = new LibraryFixtures(ShioriClient.staff(baseUri(deploymentUrl)));
        desk = ShioriClient.StaffAccount.create(baseUri(deploymentUrl), "CIRCULATION");
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    /** What a barcode scanner does: the digits, then Enter, into whatever has the focus. */
    private void scan(String digits) {
        String focused = browser.switchTo().activeElement().getAttribute("id");
        browser.switchTo().activeElement().sendKeys(digits + Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(d -> {
            try {
                return d.findElement(By.id(focused)).getAttribute("value").isEmpty()
                        || !d.findElement(By.id(focused)).equals(d.switchTo().activeElement());
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private String messages() {
        return Chromium.waitFor(browser, By.id("desk-messages")).getText();
    }

    @Test
    void staffScanTheCardAndItemsSeeWhyOneIsRefusedAndPrintAReceiptWithTheCardRenewalDate() throws Exception {
        LocalDate renewal = TODAY.plusMonths(5);
        LibraryFixtures.Patron patron = library.patron("窓口 花子", renewal);
        List<String> books = library.copies("銀河の図書館", "central", 2, true);
        String reference = library.copies("郷土資料集", "central", 1, false).get(0);

        browser = Chromium.start(1280, 900);
        Chromium.staffLogin(browser, baseUri(deploymentUrl), desk.username(), desk.password());
        browser.get(baseUri(deploymentUrl).resolve("staff/circulation/").toString());
        Chromium.waitFor(browser, By.id("card:card"));
        assertEquals(
                "card:card", browser.switchTo().activeElement().getAttribute("id"), "the card field has the focus");

        scan(patron.card());
        assertEquals(
                "窓口 花子", Chromium.waitFor(browser, By.id("desk-patron-name")).getText());
        assertEquals(
                renewal.toString(),
                browser.findElement(By.id("desk-card-renewal")).getText().strip());
        assertEquals(
                "item:barcode", browser.switchTo().activeElement().getAttribute("id"), "focus moves to the item scan");

        scan(books.get(0));
        Chromium.waitForText(browser, By.id("desk-messages"), "貸し出しました");
        scan(reference);
        Chromium.waitForText(browser, By.id("desk-messages"), "禁帯出");
        scan(books.get(0));
        Chromium.waitForText(browser, By.id("desk-messages"), "すでに貸出中");
        scan(books.get(1));
        Chromium.waitForText(browser, By.id("desk-messages"), "貸し出しました");
        assertEquals("item:barcode", browser.switchTo().activeElement().getAttribute("id"));

        assertEquals("2", browser.findElement(By.id("desk-loan-count")).getText());
        String receipt = browser.findElement(By.id("receipt")).getText();
        assertTrue(receipt.contains("銀河の図書館"), receipt);
        assertTrue(receipt.contains(TODAY.plusDays(14).toString()), receipt);
        assertTrue(receipt.contains("次回カード更新日: " + renewal), receipt);
        assertEquals(
                2,
                browser.findElements(By.cssSelector(".receipt-line")).size(),
                "refused scans are not on the receipt");
        Chromium.screenshot(browser, "circulation-desk-receipt");

        browser.get(baseUri(deploymentUrl)
                .resolve("staff/circulation/checkin.xhtml")
                .toString());
        Chromium.waitFor(browser, By.id("checkin:barcode"));
        scan(books.get(0));
        Chromium.waitForText(browser, By.id("desk-messages"), "返却しました");
        assertEquals(
                "0",
                browser.findElement(By.cssSelector("#returned .overdue-days")).getText());
        scan(books.get(0));
        Chromium.waitForText(browser, By.id("desk-messages"), "貸出中ではありません");
        assertEquals("checkin:barcode", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void anExpiredCardIsShownAndNothingIsLent() throws Exception {
        LibraryFixtures.Patron patron = library.patron("更新 忘子", TODAY.minusDays(2));
        String book = library.copy("期限切れでも読みたい本");

        browser = Chromium.start(390, 844);
        Chromium.staffLogin(browser, baseUri(deploymentUrl), desk.username(), desk.password());
        browser.get(baseUri(deploymentUrl).resolve("staff/circulation/").toString());
        Chromium.waitFor(browser, By.id("card:card"));
        scan(patron.card());
        assertTrue(
                Chromium.waitFor(browser, By.id("desk-card-renewal")).getText().contains("更新日を過ぎています"));
        scan(book);
        Chromium.waitForText(browser, By.id("desk-messages"), "利用者カードの更新日を過ぎています");
        assertEquals("0", browser.findElement(By.id("desk-loan-count")).getText());
    }
}
