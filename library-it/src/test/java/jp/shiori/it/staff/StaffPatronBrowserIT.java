package jp.shiori.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.browser.Chromium;
import jp.shiori.it.browser.RequiresBrowser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The counter in a browser: an administrator makes a patrons-desk account; that staff member registers a patron
 * with the password the patron types, renews the card, blocks and unblocks, and the patron then logs in.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPatronBrowserIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private WebDriver browser;

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    @Test
    void aPatronsDeskRegistersAPatronRenewsTheCardBlocksAndThePatronLogsIn() throws Exception {
        URI base = baseUri(deploymentUrl);
        browser = Chromium.start(412, 915); // a phone: the counter also uses tablets
        Chromium.staffLogin(browser, base);

        // The administrator creates the desk account.
        String username = "counter-" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("menu-accounts")).click();
        Chromium.type(browser, By.id("create:username"), username);
        Chromium.type(browser, By.id("create:displayName"), "窓口 花子");
        Chromium.waitFor(browser, By.cssSelector("input[value='PATRONS']")).click();
        Chromium.type(browser, By.id("create:password"), "short");
        Chromium.submit(browser, By.id("create:submit"));
        assertTrue(
                Chromium.waitFor(browser, By.id("accounts-messages")).getText().contains("12文字以上"));
        Chromium.type(browser, By.id("create:password"), "kushiro-counter-2026");
        Chromium.waitFor(browser, By.cssSelector("input[value='PATRONS']"));
        if (!browser.findElement(By.cssSelector("input[value='PATRONS']")).isSelected()) {
            browser.findElement(By.cssSelector("input[value='PATRONS']")).click();
        }
        Chromium.submit(browser, By.id("create:submit"));
        Chromium.waitForText(browser, By.id("accounts-notice"), username);
        Chromium.submit(browser, By.id("staff-account:logout"));

        // The desk registers a patron; the patron types the password.
        Chromium.staffLogin(browser, base, username, "kushiro-counter-2026");
        assertTrue(browser.findElements(By.id("menu-accounts")).isEmpty(), "no administration for a patrons desk");
        browser.findElement(By.id("menu-patrons")).click();
        Chromium.waitFor(browser, By.id("register-link")).click();
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        Chromium.type(browser, By.id("register:card"), "abc");
        Chromium.type(browser, By.id("register:name"), "幣舞 夏子");
        Chromium.submit(browser, By.id("register:submit"));
        assertTrue(
                Chromium.waitFor(browser, By.id("register-messages")).getText().contains("4〜20桁"));
        Chromium.type(browser, By.id("register:card"), "A" + digits);
        Chromium.type(browser, By.id("register:nameKana"), "ヌサマイ ナツコ");
        new Select(browser.findElement(By.id("register:category"))).selectByValue("STUDENT");
        Chromium.type(browser, By.id("register:next"), "natsuko-2026");
        Chromium.type(browser, By.id("register:nextAgain"), "natsuko-2026");
        Chromium.submit(browser, By.id("register:submit"));
        Chromium.waitForText(browser, By.id("patron-notice"), "登録しました");
        assertEquals("A" + digits, browser.findElement(By.id("patron-card")).getText());
        assertTrue(browser.findElement(By.id("patron-password")).getText().contains("登録済み"));

        // Renewal, block with a reason, lifting it.
        Chromium.submit(browser, By.id("renew:submit"));
        Chromium.waitForText(
                browser,
                By.id("patron-notice"),
                LocalDate.now(ZoneId.of("Asia/Tokyo")).plusYears(1).toString());
        Chromium.submit(browser, By.id("block:submit"));
        assertTrue(Chromium.waitFor(browser, By.id("patron-messages")).getText().contains("理由を入力"));
        Chromium.type(browser, By.id("block:reason"), "長期延滞");
        Chromium.submit(browser, By.id("block:submit"));
        Chromium.waitForText(browser, By.id("patron-block"), "長期延滞");
        Chromium.submit(browser, By.id("block:lift"));
        Chromium.waitForText(browser, By.id("patron-block"), "利用停止なし");
        assertTrue(browser.findElement(By.cssSelector(".audit")).getText().contains("card-renewed"));
        assertTrue(browser.findElement(By.cssSelector(".audit")).getText().contains("staff:" + username));

        // Found again by the reading.
        browser.get(base.resolve("staff/patrons/index.xhtml?q=" + java.net.URLEncoder.encode("ヌサマイ", "UTF-8"))
                .toString());
        assertTrue(Chromium.waitFor(browser, By.id("patron-results")).getText().contains("A" + digits));
        Chromium.screenshot(browser, "staff-patron-search");
        Chromium.submit(browser, By.id("staff-account:logout"));

        // The patron logs in without the A.
        browser.get(base.resolve("login.xhtml").toString());
        Chromium.type(browser, By.id("login:card"), digits);
        Chromium.type(browser, By.id("login:password"), "natsuko-2026");
        Chromium.submit(browser, By.id("login:submit"));
        assertEquals("幣舞 夏子", Chromium.waitFor(browser, By.id("patron-name")).getText());
        browser.get(base.resolve("staff/").toString());
        assertTrue(
                browser.getPageSource().contains("403")
                        || browser.findElements(By.id("staff-who")).isEmpty(),
                "a patron is no staff member");
    }
}
