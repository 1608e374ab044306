package jp.shiori.it.ops;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * ジョブ管理 on a phone: an operator changes a schedule (a wrong expression is refused in Japanese, a right one
 * previewed in the library's time), runs a reminder job now with its parameter and sees it complete in the history.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsBrowserIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private WebDriver browser;

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        Chromium.close(browser, test);
    }

    @Test
    void anOperatorPreviewsAScheduleAndRunsAJobNowOnAPhone() throws Exception {
        URI base = baseUri(deploymentUrl);
        ShioriClient.StaffAccount operator = ShioriClient.StaffAccount.create(base, "OPERATOR");
        browser = Chromium.start(390, 844);
        Chromium.staffLogin(browser, base, operator.username(), operator.password());
        browser.findElement(By.id("menu-jobs")).click();
        String job = "#job-card-renewal-reminders ";
        assertEquals(
                "利用者カード更新のお知らせ",
                Chromium.waitFor(browser, By.cssSelector(job + "h2")).getText());
        assertTrue(browser.findElement(By.cssSelector(job + ".expression"))
                .getText()
                .contains("0 7 * * *"));

        Chromium.submit(browser, By.cssSelector(job + "input[id$=':edit']"));
        WebElement expression = Chromium.waitFor(browser, By.cssSelector(job + "input[id$=':expression']"));
        expression.clear();
        expression.sendKeys("毎朝7時");
        Chromium.submit(browser, By.cssSelector(job + "input[id$=':preview']"));
        Chromium.waitForText(browser, By.id("jobs:messages"), "実行予定を読み取れません");

        expression = browser.findElement(By.cssSelector(job + "input[id$=':expression']"));
        expression.clear();
        expression.sendKeys("15 7 * * 1-5");
        Chromium.submit(browser, By.cssSelector(job + "input[id$=':preview']"));
        List<WebElement> ticks =
                Chromium.waitFor(browser, By.cssSelector(job + ".job-preview")).findElements(By.tagName("li"));
        assertEquals(5, ticks.size());
        assertTrue(
                ticks.get(0).getText().contains("07:15:00 (Asia/Tokyo)"),
                ticks.get(0).getText());
        Chromium.screenshot(browser, "jobs-preview-phone");

        // Back to the seed schedule, saved: the page says so and shows it.
        expression = browser.findElement(By.cssSelector(job + "input[id$=':expression']"));
        expression.clear();
        expression.sendKeys("0 7 * * *");
        Chromium.submit(browser, By.cssSelector(job + "input[id$=':save']"));
        Chromium.waitForText(browser, By.id("jobs:messages"), "スケジュールを保存しました");

        WebElement days = browser.findElement(By.cssSelector(job + "input[id$=':start-param']"));
        days.sendKeys("abc");
        Chromium.submit(browser, By.cssSelector(job + "input[id$=':run']"));
        Chromium.waitForText(browser, By.id("jobs:messages"), "パラメータが正しくありません");
        days = browser.findElement(By.cssSelector(job + "input[id$=':start-param']"));
        days.clear();
        days.sendKeys("30");
        Chromium.submit(browser, By.cssSelector(job + "input[id$=':run']"));
        Chromium.waitForText(browser, By.id("jobs:messages"), "開始しました");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector(job + "tr.job-run[data-status='COMPLETED']"))
                            .size()
                    > 0;
        });
        WebElement run = browser.findElement(By.cssSelector(job + "tr.job-run[data-status='COMPLETED']"));
        assertTrue(run.findElement(By.cssSelector(".status")).getText().contains("完了"));
        assertTrue(run.findElement(By.cssSelector(".steps")).getText().contains("remind"), run.getText());
        Chromium.screenshot(browser, "jobs-history-phone");
    }
}
