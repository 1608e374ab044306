package jp.shiori.it.holds;

import static jp.shiori.it.holds.HoldDesk.choose;
import static jp.shiori.it.holds.HoldDesk.chosen;
import static jp.shiori.it.holds.HoldDesk.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A copy comes back at the central library for a patron who collects at 西部: the check-in page says 回送 and
 * prints the slip; staff at 西部 receive it on the hold shelf, where it is ready with its deadline; the desk lists
 * it in the patron's summary and lends it to that patron only.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldShelfTransitBrowserIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient staff;
    private LibraryFixtures library;
    private ShioriClient.StaffAccount desk;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        staff = ShioriClient.staff(base);
        library = new LibraryFixtures(staff);
        desk = ShioriClient.StaffAccount.create(base, "CIRCULATION");
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    @Test
    void aCopyCheckedInAtCentralTravelsToWestIsReceivedThereAndLentOnlyToThePatronWhoHeldIt() throws Exception {
        LibraryFixtures.Title title = library.title("オツベルと象", "central", 1, true);
        String barcode = title.barcodes().get(0);
        LibraryFixtures.Patron reader = library.patron("借りて 読子");
        LibraryFixtures.Patron waiter = library.patron("西部 待子");
        assertEquals(201, library.checkout(reader.card(), barcode).statusCode());
        HoldDesk.placeAsPatron(staff, library.token(waiter), title.id(), "west", null);

        browser = Chromium.start(1024, 900);
        Chromium.staffLogin(browser, base, desk.username(), desk.password());

        // 返却 at the central library: the hold takes the copy, which goes to 西部.
        browser.get(base.resolve("staff/circulation/checkin.xhtml").toString());
        Chromium.waitFor(browser, By.id("checkin:barcode"));
        choose(browser, "checkin:branch", "central");
        browser.findElement(By.id("checkin:barcode")).click();
        scan(browser, barcode);
        Chromium.waitForText(browser, By.id("desk-messages"), "返却しました");
        String notice = Chromium.waitFor(browser, By.id("trap-notice")).getText();
        assertTrue(notice.contains("回送") && notice.contains("西部地区図書館"), notice);
        assertTrue(browser.findElement(By.id("hold-slip-route")).getText().contains("回送先: 西部地区図書館"));
        assertEquals("予約票（回送）", browser.findElement(By.id("hold-slip-heading")).getText());
        assertEquals("西部 待子", browser.findElement(By.id("hold-slip-patron")).getText());
        assertEquals(waiter.card(), browser.findElement(By.id("hold-slip-card")).getText());
        assertTrue(browser.findElement(By.id("hold-slip-pickup")).getText().startsWith("西部地区図書館"));
        assertTrue(browser.findElement(By.cssSelector("#returned .returned"))
                .getText()
                .contains("他館へ回送"));
        assertEquals(
                "checkin:barcode", browser.switchTo().activeElement().getAttribute("id"), "ready for the next scan");
        Chromium.screenshot(browser, "hold-checkin-transit-slip");

        // 取置棚 at 西部: in transit until received, then ready with the deadline a week on.
        browser.get(base.resolve("staff/circulation/hold-shelf.xhtml").toString());
        Chromium.waitFor(browser, By.id("branch:branch"));
        assertEquals("central", chosen(browser, "branch:branch"), "the desk's branch is kept for the session");
        choose(browser, "branch:branch", "west");
        Chromium.submit(browser, By.id("branch:show"));
        Chromium.waitFor(browser, By.id("receive:barcode"));
        String line = "tr.hold-shelf-line[data-barcode='" + barcode + "']";
        assertTrue(Chromium.waitFor(browser, By.cssSelector("#in-transit " + line))
                .getText()
                .contains("西部 待子"));
        assertEquals("receive:barcode", browser.switchTo().activeElement().getAttribute("id"));
        scan(browser, barcode);
        Chromium.waitForText(browser, By.id("desk-messages"), "受け取りました");
        LocalDate deadline = TODAY.plusDays(7); // no closed days at 西部 in the test calendar
        assertEquals(
                deadline.toString(),
                browser.findElement(By.id("hold-slip-deadline")).getText());
        assertEquals("予約票（取置）", browser.findElement(By.id("hold-slip-heading")).getText());
        String ready =
                Chromium.waitFor(browser, By.cssSelector("#ready " + line)).getText();
        assertTrue(ready.contains("オツベルと象") && ready.contains(deadline.toString()), ready);
        assertTrue(browser.findElements(By.cssSelector("#in-transit " + line)).isEmpty(), "no longer in transit");
        Chromium.screenshot(browser, "hold-shelf-west");

        // 貸出 at 西部 (the branch stays chosen): another patron is refused, the patron who held it borrows it.
        browser.get(base.resolve("staff/circulation/").toString());
        Chromium.waitFor(browser, By.id("card:card"));
        assertEquals("west", chosen(browser, "card:branch"));
        scan(browser, reader.card());
        Chromium.waitFor(browser, By.id("item:barcode"));
        scan(browser, barcode);
        Chromium.waitForText(browser, By.id("desk-messages"), "他の利用者の予約のために確保されています");
        Chromium.submit(browser, By.id("item:next"));
        Chromium.waitFor(browser, By.id("card:card"));
        scan(browser, waiter.card());
        assertEquals("1", Chromium.waitFor(browser, By.id("desk-holds-ready")).getText());
        String waiting = browser.findElement(By.id("desk-ready-holds")).getText();
        assertTrue(waiting.contains("オツベルと象") && waiting.contains(deadline.toString()), waiting);
        scan(browser, barcode);
        Chromium.waitForText(browser, By.id("desk-messages"), "貸し出しました");
        assertEquals("0", browser.findElement(By.id("desk-holds-ready")).getText());
        assertFalse(browser.findElement(By.id("receipt")).getText().isEmpty());
    }
}
