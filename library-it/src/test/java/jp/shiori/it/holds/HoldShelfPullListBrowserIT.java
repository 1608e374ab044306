package jp.shiori.it.holds;

import static jp.shiori.it.holds.HoldDesk.choose;
import static jp.shiori.it.holds.HoldDesk.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * 取り置き候補: a copy on the central library's shelf that a hold waits for is pulled by a scan; its slip names the
 * hold-shelf room's slot (R-nnn) and the deadline; on the hold shelf the expiry button runs and leaves a hold whose
 * deadline has not passed; staff cancel it only with a reason, and the copy goes back to the shelf.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldShelfPullListBrowserIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private LibraryFixtures library;
    private ShioriClient counter;
    private ShioriClient.StaffAccount desk;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        library = new LibraryFixtures(ShioriClient.staff(base));
        counter = ShioriClient.newStaff(base, "CIRCULATION");
        desk = ShioriClient.StaffAccount.create(base, "CIRCULATION");
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    @Test
    void aPulledCopyGetsAHoldShelfRoomSlotOnItsSlipSurvivesTheExpiryRunAndIsCancelledOnlyWithAReason()
            throws Exception {
        LibraryFixtures.Title title = library.title("よだかの星", "central", 1, true);
        String barcode = title.barcodes().get(0);
        LibraryFixtures.Patron patron = library.patron("取置室 利用子");
        HoldDesk.placeAtCounter(counter, patron.card(), title.id(), "central", "hold-shelf-room");

        browser = Chromium.start(390, 844); // a phone: the desk's tables become labelled rows
        Chromium.staffLogin(browser, base, desk.username(), desk.password());
        browser.get(base.resolve("staff/circulation/pull-list.xhtml").toString());
        Chromium.waitFor(browser, By.id("branch:branch"));
        choose(browser, "branch:branch", "central");
        Chromium.submit(browser, By.id("branch:show"));
        String line = "tr.pull-line[data-barcode='" + barcode + "']";
        assertTrue(Chromium.waitFor(browser, By.cssSelector(line)).getText().contains("よだかの星"));

        Chromium.waitFor(browser, By.id("pull:barcode")).click();
        scan(browser, barcode);
        Chromium.waitForText(browser, By.id("desk-messages"), "確保しました");
        String slot = Chromium.waitFor(browser, By.id("hold-slip-slot")).getText();
        assertTrue(slot.matches("R-\\d{3}"), slot);
        assertEquals("予約票（取置）", browser.findElement(By.id("hold-slip-heading")).getText());
        assertEquals("よだかの星", browser.findElement(By.id("hold-slip-title")).getText());
        assertEquals("取置室 利用子", browser.findElement(By.id("hold-slip-patron")).getText());
        assertEquals(patron.card(), browser.findElement(By.id("hold-slip-card")).getText());
        assertEquals(
                "釧路市中央図書館 予約取置室", browser.findElement(By.id("hold-slip-pickup")).getText());
        String deadline = browser.findElement(By.id("hold-slip-deadline")).getText();
        assertTrue(LocalDate.parse(deadline).isAfter(TODAY), deadline);
        assertTrue(browser.findElements(By.cssSelector(line)).isEmpty(), "a copy set aside is no longer a candidate");
        assertEquals("pull:barcode", browser.switchTo().activeElement().getAttribute("id"));
        Chromium.screenshot(browser, "hold-pull-list-slip");

        scan(browser, barcode);
        Chromium.waitForText(browser, By.id("desk-messages"), "この館の書架にないか");

        // 取置棚: the copy waits in its slot; the expiry run reports how many it cancelled and leaves this one.
        browser.get(base.resolve("staff/circulation/hold-shelf.xhtml").toString());
        String shelfLine = "#ready tr.hold-shelf-line[data-barcode='" + barcode + "']";
        String onShelf = Chromium.waitFor(browser, By.cssSelector(shelfLine)).getText();
        assertTrue(onShelf.contains(slot) && onShelf.contains(deadline), onShelf);
        Chromium.submit(browser, By.id("expire:run"));
        String report = Chromium.waitFor(browser, By.id("desk-messages")).getText();
        assertTrue(report.matches("(?s).*期限切れ処理を実行しました。取り消した予約: \\d+ 件.*"), report);
        Chromium.waitFor(browser, By.cssSelector(shelfLine));

        // 取消: a reason is required; then the copy, wanted by nobody else, goes back to the shelf.
        Chromium.submit(browser, By.cssSelector(shelfLine + " input[type=submit]"));
        assertTrue(Chromium.waitFor(browser, By.id("cancel-what")).getText().contains("よだかの星"));
        assertEquals("cancel:reason", browser.switchTo().activeElement().getAttribute("id"));
        Chromium.submit(browser, By.id("cancel:submit"));
        Chromium.waitForText(browser, By.id("desk-messages"), "取消の理由を入力してください");
        Chromium.type(browser, By.id("cancel:reason"), "電話で取消の申し出");
        Chromium.submit(browser, By.id("cancel:submit"));
        Chromium.waitForText(browser, By.id("desk-messages"), "予約を取り消しました");
        assertTrue(browser.findElement(By.id("desk-messages")).getText().contains(barcode + " は書架に戻してください"));
        assertTrue(browser.findElements(By.cssSelector(shelfLine)).isEmpty());
        String holds = library.asPatron(library.token(patron), "GET", "api/v1/me/holds")
                .body();
        assertTrue(holds.contains("電話で取消の申し出") && holds.contains("CANCELLED"), holds);
    }
}
