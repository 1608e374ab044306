package jp.shiori.it.holds;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.it.Mailbox;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 予約 on a phone, in Japanese: from the basket's 予約 (the placement form ⑤ behind the login) to the confirmation ⑥,
 * 送信, 予約状況 on My page and 取消する with its confirmation; forged choices refused by the service; the hold
 * locator of the hold-shelf room.
 */
@RequiresBrowser
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldScreensBrowserIT extends ShioriDeployment {

    private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[A-Za-z0-9_-]+");

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient staff;
    private LibraryFixtures library;
    private final Mailbox mailbox = new Mailbox();
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        staff = ShioriClient.staff(base);
        library = new LibraryFixtures(staff);
        mailbox.start();
    }

    @AfterEach
    void tearDown(TestInfo test) throws Exception {
        Chromium.close(browser, test);
        mailbox.stop();
    }

    /** A patron with a card issued before February 2018: printed with an "A". Returns the digits. */
    private String legacyPatron(String name, String password) {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        HttpResponse<String> created = staff.postJson(
                "api/v1/patrons", """
                {"cardNumber":"A%s","name":"%s","category":"ADULT","cardRenewalDate":"%s","initialPassword":"%s"}""".formatted(digits, name, LocalDate.now().plusYears(1), password));
        assertEquals(201, created.statusCode(), created.body());
        return digits;
    }

    private void login(String card, String password) {
        Chromium.type(browser, By.id("login:card"), card);
        Chromium.type(browser, By.id("login:password"), password);
        Chromium.submit(browser, By.id("login:submit"));
    }

    /** ユーザ設定: registers the address and follows the mailed link, then logs out. */
    private void verifiedAddress(String card, String password, String address) throws Exception {
        browser.get(base.resolve("login.xhtml").toString());
        login(card, password);
        Chromium.type(browser, By.id("email:address"), address);
        Chromium.submit(browser, By.id("email:submit"));
        Chromium.waitForText(browser, By.id("email-messages"), "確認のメールを送りました");
        Matcher link = LINK.matcher(Mailbox.body(mailbox.awaitDelivery(address, "メールアドレス確認")));
        assertTrue(link.find());
        browser.get(link.group());
        Chromium.waitForText(browser, By.id("verify-result"), "メールアドレスを登録しました");
        browser.get(base.resolve("my/").toString());
        Chromium.submit(browser, By.id("account:logout"));
        Chromium.waitFor(browser, By.id("library-name"));
    }

    private void assertNoSidewaysScroll(String where) {
        Object fits = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, where + " scrolls sideways on a phone");
    }

    private WebElement holdRow(long titleId) {
        return Chromium.waitFor(browser, By.cssSelector(".my-hold[data-title='" + titleId + "']"));
    }

    private void waitForOption(String select, String value) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#" + select + " option[value='" + value + "']")));
        } catch (org.openqa.selenium.TimeoutException e) {
            Object state = ((JavascriptExecutor) browser)
                    .executeScript(
                            "return 'faces: ' + typeof faces + ', errors: '"
                                    + " + JSON.stringify(window.shioriErrors || []) + ', branch: ' + document.getElementById('branch').value;");
            throw new AssertionError("no option " + value + " in #" + select + " (" + state + ")", e);
        }
    }

    /** Chooses a branch as a person does (the page updates its stations by ajax), keeping script errors for a failure. */
    private void chooseBranch(String branch) {
        ((JavascriptExecutor) browser)
                .executeScript("window.shioriErrors = [];"
                        + "window.addEventListener('error', function (e) { window.shioriErrors.push(e.message); });");
        new Select(browser.findElement(By.id("branch"))).selectByValue(branch);
    }

    @Test
    void aPatronWithAnOldCardHoldsTwoTitlesAtABookmobileStopWithMailAndCancelsOne() throws Exception {
        String word = jp.shiori.it.ShioriClient.uniqueWord();
        long first = library.title("銀河鉄道の夜 上 " + word, "central", 1, true).id();
        long second = library.title("銀河鉄道の夜 下 " + word, "west", 1, true).id();
        String card = legacyPatron("釧路 予約子", "hold-screens-1");
        String address = Mailbox.uniqueAddress();
        browser = Chromium.start(412, 915);
        verifiedAddress("A" + card, "hold-screens-1", address);

        // The guide's path: search, both titles into the basket, select all, 予約; the login comes first and
        // returns to the placement form.
        browser.get(base.resolve("search.xhtml?q=" + word).toString());
        Chromium.waitFor(browser, By.id("result-count"));
        Chromium.submit(browser, By.id("basket-add-" + first));
        Chromium.waitForText(browser, By.id("basket-notice"), "予約かごに追加しました");
        Chromium.submit(browser, By.id("basket-add-" + second));
        Chromium.waitForText(browser, By.id("basket-notice"), "（予約かごの資料：2件）");
        Chromium.submit(browser, By.id("basket-link"));
        Chromium.waitFor(browser, By.id("basket-titles"));
        Chromium.submit(browser, By.id("basket:select-all"));
        assertTrue(Chromium.waitFor(browser, By.id("select-" + first)).isSelected());
        assertTrue(browser.findElement(By.id("select-" + second)).isSelected());
        Chromium.submit(browser, By.id("basket:reserve"));
        Chromium.waitFor(browser, By.id("login:card"));
        login(card, "hold-screens-1");
        Chromium.waitFor(browser, By.id("hold-titles"));
        assertTrue(browser.getCurrentUrl().contains("my/holds/place.xhtml"), browser.getCurrentUrl());
        assertEquals(
                "銀河鉄道の夜 上 " + word,
                browser.findElement(By.cssSelector(".hold-title[data-title='" + first + "'] .hold-title-name"))
                        .getText());
        assertTrue(
                browser.findElement(By.id("hold-titles")).getText().indexOf("上")
                        < browser.findElement(By.id("hold-titles")).getText().indexOf("下"),
                "the titles in the order given");
        assertTrue(browser.findElement(By.id("type-NORMAL")).isSelected());
        assertTrue(browser.findElement(By.id("contact-EMAIL")).isEnabled(), "a verified address: e-mail may be chosen");

        // The "i" help explains the hold types.
        browser.findElement(By.cssSelector("#type-help summary")).click();
        assertTrue(Chromium.waitFor(browser, By.cssSelector("#type-help ul"))
                .getText()
                .contains("順番予約"));

        // 受取館 釧路BM: its stops replace the central library's stations.
        assertTrue(browser.findElement(By.id("station")).getText().contains("予約取置室"));
        chooseBranch("bookmobile");
        waitForOption("station", "stop-05");
        assertFalse(browser.findElement(By.id("station")).getText().contains("予約取置室"));
        new Select(Chromium.waitFor(browser, By.id("station"))).selectByValue("stop-05");
        browser.findElement(By.id("contact-EMAIL")).click();
        browser.findElement(By.id("mail-yes")).click();
        assertNoSidewaysScroll("the placement form");
        Chromium.screenshot(browser, "hold-place-ja-phone");
        Chromium.submit(browser, By.id("place:review"));

        // ⑥ the same choices, read-only.
        assertEquals("通常", Chromium.waitFor(browser, By.id("confirm-type")).getText());
        assertEquals("メール", browser.findElement(By.id("confirm-contact")).getText());
        assertTrue(browser.findElement(By.id("confirm-branch")).getText().contains("釧路BM"));
        assertEquals("アークス鳥取大通店", browser.findElement(By.id("confirm-station")).getText());
        assertEquals("希望する", browser.findElement(By.id("confirm-mail")).getText());
        assertNoSidewaysScroll("the confirmation");
        Chromium.screenshot(browser, "hold-confirm-ja-phone");
        Chromium.submit(browser, By.id("confirm:send"));

        // My page, 予約状況: both holds, first in line.
        Chromium.waitForText(browser, By.id("my-notice"), "2件の予約を受け付けました");
        // the held titles left the basket, and the patron is told so
        assertTrue(
                browser.findElement(By.id("my-notice")).getText().contains("予約かごから削除しました"),
                browser.findElement(By.id("my-notice")).getText());
        assertTrue(browser.findElement(By.id("basket-count-badge")).getText().contains("0"));
        assertEquals("page", browser.findElement(By.id("tab-holds")).getAttribute("aria-current"));
        assertTrue(
                holdRow(first).getText().contains("予約中（順位 1番目）"), holdRow(first).getText());
        assertTrue(holdRow(second).getText().contains("予約中（順位 1番目）"));
        assertTrue(
                holdRow(first).getLocation().getY()
                        < holdRow(second).getLocation().getY(),
                "in the order placed");
        assertTrue(holdRow(second)
                .findElement(By.cssSelector(".hold-pickup"))
                .getText()
                .contains("アークス鳥取大通店"));
        assertNoSidewaysScroll("My page holds");
        Chromium.screenshot(browser, "my-holds-ja-phone");

        // 取消する, then the confirmation step: first やめる (nothing happens), then 取消する.
        Chromium.submit(browser, By.cssSelector(".my-hold[data-title='" + first + "'] .cancel-hold"));
        assertTrue(Chromium.waitFor(browser, By.id("cancel-confirm-text"))
                .getText()
                .contains("銀河鉄道の夜 上"));
        // the safe choice looks secondary (white) and does not touch the other button
        WebElement yes = browser.findElement(By.id("holds-form:cancel-yes"));
        WebElement no = browser.findElement(By.id("holds-form:cancel-no"));
        assertFalse(
                yes.getCssValue("background-color").equals(no.getCssValue("background-color")), "やめる looks secondary");
        assertTrue(
                no.getRect().getX() >= yes.getRect().getX() + yes.getRect().getWidth() + 8
                        || no.getRect().getY()
                                >= yes.getRect().getY() + yes.getRect().getHeight() + 8,
                "the buttons stand apart");
        Chromium.submit(browser, By.id("holds-form:cancel-no"));
        assertTrue(browser.findElements(By.id("cancel-confirm")).isEmpty());
        assertTrue(holdRow(first).getText().contains("予約中"));
        Chromium.submit(browser, By.cssSelector(".my-hold[data-title='" + first + "'] .cancel-hold"));
        Chromium.submit(browser, By.id("holds-form:cancel-yes"));
        Chromium.waitForText(browser, By.id("holds-messages"), "予約を取り消しました");
        assertTrue(
                holdRow(first)
                        .findElement(By.cssSelector(".hold-status"))
                        .getText()
                        .contains("取消"),
                holdRow(first).getText());
        assertTrue(
                holdRow(first).getText().contains("ご自身で取り消しました"), holdRow(first).getText());
        assertFalse(holdRow(first).getText().contains("cancelled by the patron"), "no English on a Japanese page");
        assertTrue(holdRow(first).findElements(By.cssSelector(".cancel-hold")).isEmpty());
        assertTrue(holdRow(second).getText().contains("予約中（順位 1番目）"));

        // The confirmation mail (予約内容のメール送信) names both titles and the stop.
        MimeMessage mail = mailbox.awaitDelivery(address, "予約を受け付けました");
        String body = Mailbox.body(mail);
        assertTrue(body.contains("銀河鉄道の夜 上") && body.contains("銀河鉄道の夜 下"), body);
        assertTrue(body.contains("アークス鳥取大通店"), body);
        assertTrue(body.contains("予約種別：通常"), "the hold type in words, not NORMAL: " + body);
    }

    /** What a browser without scripts does: the branch chosen, then the shown button posts the form. */
    private void plainPostOfBranch(String branch) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('branch').value = arguments[0];"
                                // a copy of the button without the listeners the page's scripts gave it
                                + "var b = document.getElementById('place:refresh'); var plain = b.cloneNode(true);"
                                + "plain.removeAttribute('onclick'); b.parentNode.replaceChild(plain, b);"
                                + "plain.hidden = false;",
                        branch);
        Chromium.submit(browser, By.id("place:refresh"));
    }

    @Test
    void forgedChoicesAreRefusedByTheServiceInWordsAndNothingIsStored() throws Exception {
        long title = library.title("風の又三郎", "central", 1, true).id();
        LibraryFixtures.Patron patron = library.patron("偽造 太郎");
        browser = Chromium.start(412, 915);
        browser.get(base.resolve("my/holds/place.xhtml?title=" + title).toString());
        login(patron.card(), patron.password());
        Chromium.waitFor(browser, By.id("hold-titles"));

        // No verified address: メール cannot be chosen, and the form says where to register one.
        assertFalse(browser.findElement(By.id("contact-EMAIL")).isEnabled());
        assertFalse(browser.findElement(By.id("mail-yes")).isEnabled());
        assertTrue(browser.findElement(By.id("email-needed")).getText().contains("ユーザ設定"));
        assertFalse(browser.findElement(By.id("type-ORDERED")).isEnabled(), "one title: no ordered hold");

        // Without scripts the branch is changed by a plain post: a branch without stations shows none.
        JavascriptExecutor js = (JavascriptExecutor) browser;
        plainPostOfBranch("west");
        Chromium.waitFor(browser, By.id("station-none"));
        assertTrue(browser.findElements(By.id("station")).isEmpty());
        plainPostOfBranch("central");
        waitForOption("station", "hold-shelf-room");

        // A station of another branch (a bookmobile stop for the central library) and forged e-mail contact.
        js.executeScript(
                "var s = document.getElementById('station'); s.options[1].value = 'stop-01'; s.selectedIndex = 1;"
                        + "var e = document.getElementById('contact-EMAIL'); e.disabled = false; e.checked = true;");
        Chromium.submit(browser, By.id("place:review"));
        Chromium.waitFor(browser, By.id("confirm:send"));
        Chromium.submit(browser, By.id("confirm:send"));
        String problems = Chromium.waitFor(browser, By.id("hold-problems")).getText();
        assertTrue(problems.contains("受取ステーションが正しくありません"), problems);
        assertTrue(problems.contains("メールアドレスが登録されていない"), problems);
        assertTrue(problems.contains("予約はされていません"), problems);

        // An unknown hold type never reaches the confirmation.
        js.executeScript("var t = document.getElementById('type-NORMAL'); t.value = 'EVERYTHING'; t.checked = true;");
        Chromium.submit(browser, By.id("place:review"));
        assertTrue(Chromium.waitFor(browser, By.id("hold-problems")).getText().contains("予約種別が正しくありません"));

        // A title that does not exist is named as such, and the others are not held either (all or none).
        browser.get(base.resolve("my/holds/place.xhtml?title=" + title + "&title=999999999999")
                .toString());
        assertTrue(Chromium.waitFor(browser, By.id("hold-titles")).getText().contains("見つかりません"));
        new Select(browser.findElement(By.id("station"))).selectByValue("counter");
        Chromium.submit(browser, By.id("place:review"));
        Chromium.submit(browser, By.id("confirm:send"));
        WebElement missing =
                Chromium.waitFor(browser, By.cssSelector(".hold-title[data-title='999999999999'] .title-refusals"));
        assertTrue(missing.getText().contains("指定された資料が見つかりません"), missing.getText());

        String token = library.token(patron);
        assertEquals(0, array(library.asPatron(token, "GET", "api/v1/me/holds")).size(), "nothing stored");
    }

    @Test
    void theHoldLocatorShowsOnlyTheShelvesOfTheHoldShelfRoomAndForgetsThemAtFinish() throws Exception {
        LibraryFixtures.Title title = library.title("セロ弾きのゴーシュ", "central", 1, true);
        LibraryFixtures.Patron patron = library.patron("取置 室子");
        String token = library.token(patron);
        HttpResponse<String> placed = staff.send(HttpRequest.newBuilder(base.resolve("api/v1/me/holds"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"titleIds\":[" + title.id() + "],\"type\":\"NORMAL\","
                                + "\"contact\":\"NONE\",\"pickupBranch\":\"central\",\"pickupStation\":\"hold-shelf-room\","
                                + "\"confirmationMail\":false}",
                        StandardCharsets.UTF_8)));
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject pulled = object(staff.postJson(
                "api/v1/holds/pulls", "{\"barcode\":\"" + title.barcodes().get(0) + "\",\"branchCode\":\"central\"}"));
        assertEquals("READY", pulled.getString("status"), pulled.toString());
        String slot = pulled.getString("shelfSlot");

        browser = Chromium.start(412, 915);
        browser.get(base.resolve("hold-locator.xhtml").toString());
        Chromium.type(browser, By.id("locator:card"), patron.card());
        Chromium.type(browser, By.id("locator:password"), "not-the-password");
        Chromium.submit(browser, By.id("locator:submit"));
        Chromium.waitForText(browser, By.id("locator-messages"), "利用者カード番号またはパスワードが正しくありません");

        // The card as a scanner or a Japanese keyboard types it: full-width digits.
        StringBuilder wide = new StringBuilder();
        patron.card().chars().forEach(c -> wide.append((char) (c - '0' + '０')));
        Chromium.type(browser, By.id("locator:card"), wide.toString());
        Chromium.type(browser, By.id("locator:password"), patron.password());
        Chromium.submit(browser, By.id("locator:submit"));
        WebElement result = Chromium.waitFor(browser, By.id("locator-result"));
        assertEquals(
                slot, result.findElement(By.cssSelector(".locator-slot .slot")).getText());
        assertTrue(result.getText().contains("セロ弾きのゴーシュ"));
        assertFalse(browser.getPageSource().contains("取置 室子"), "nothing else of the account: not even the name");
        assertNoSidewaysScroll("the hold locator");
        Chromium.screenshot(browser, "hold-locator-ja-phone");

        Chromium.submit(browser, By.id("finish-button"));
        Chromium.waitFor(browser, By.id("locator:card"));
        assertTrue(browser.findElements(By.id("locator-result")).isEmpty());
        browser.get(base.resolve("my/").toString());
        Chromium.waitFor(browser, By.id("login:card")); // the locator logged nobody in

        // On My page the copy set aside is 確保 with its shelf, cancelled only at the counter or by phone.
        login(patron.card(), patron.password());
        browser.get(base.resolve("my/?tab=holds").toString());
        WebElement row = holdRow(title.id());
        assertTrue(row.getText().contains("確保"), row.getText());
        assertTrue(row.getText().contains("取置棚：" + slot), row.getText());
        assertTrue(row.findElements(By.cssSelector(".cancel-hold")).isEmpty());
        assertEquals(
                "tel:0154641740", row.findElement(By.cssSelector("a.phone")).getAttribute("href"));
    }
}
