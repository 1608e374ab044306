package jp.shiori.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Selenium, never a downloaded browser (there is no internet here). Browser
 * tests carry {@link RequiresBrowser}: skipped loudly without Chromium unless -Dbrowser.required=true.
 */
public final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** A fresh headless browser with its own profile, the size of a phone or a desk. */
    public static WebDriver start(int width, int height) throws IOException {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(
                    "Chromium is required for this test: apt-get install chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("shiori-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(BINARY.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-quic",
                        "--no-first-run",
                        "--lang=ja-JP",
                        "--user-data-dir=" + profile);
        // The console, read by ScreenCheck: a script the Content Security Policy refused fails the test.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ScreenCheck.axe(); // fails before a browser starts when the build did not fetch axe-core
        WebDriver chrome = new ChromeDriver(service, options);
        chrome.manage().window().setSize(new Dimension(width, height));
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Every page a test reaches is checked (axe-core, placeholders) once loaded: after each get, and on the
        // test's next look at the page (find, wait, screenshot, close) after a click took it elsewhere.
        return new CheckedPages().decorate(chrome);
    }

    /** The element once the page that shows it has loaded (a click only starts the navigation). */
    public static org.openqa.selenium.WebElement waitFor(WebDriver driver, org.openqa.selenium.By locator) {
        org.openqa.selenium.WebElement element = new org.openqa.selenium.support.ui.WebDriverWait(
                        driver, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(locator));
        ScreenCheck.check(driver);
        return element;
    }

    /** Clicks what submits a form and waits until the browser has left that page (no stale elements after). */
    public static void submit(WebDriver driver, org.openqa.selenium.By button) {
        org.openqa.selenium.WebElement element = whenSettled(driver, () -> {
            org.openqa.selenium.WebElement found = waitFor(driver, button);
            found.click();
            return found;
        });
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(element));
    }

    /** Whether the element's page has gone; Chromium reports a detached node in two ways. */
    private static boolean gone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (detached(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean detached(org.openqa.selenium.WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    /**
     * Replaces what a field holds with the text, on a page that may still be replacing itself (a redirect after
     * a login).
     */
    public static void type(WebDriver driver, org.openqa.selenium.By field, String text) {
        whenSettled(driver, () -> {
            org.openqa.selenium.WebElement element = waitFor(driver, field);
            element.clear();
            element.sendKeys(text);
            return null;
        });
    }

    /**
     * Runs an action on the current page, again when the page was replaced under it (a second navigation,
     * such as the redirect at the end of a login, detaches the elements found on the first).
     */
    private static <T> T whenSettled(WebDriver driver, java.util.function.Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3 || !detached(e)) {
                    throw e;
                }
            }
        }
    }

    /** Waits until the element shows the text (after a click that reloads the page). */
    public static void waitForText(WebDriver driver, org.openqa.selenium.By locator, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        locator, text));
        ScreenCheck.check(driver);
    }

    /** Ends a test's browser, keeping a screenshot of its last page for whoever reads a failure. */
    public static void close(WebDriver driver, org.junit.jupiter.api.TestInfo test) throws IOException {
        if (driver != null) {
            try {
                save(
                        driver,
                        "last-"
                                + test.getTestMethod()
                                        .map(java.lang.reflect.Method::getName)
                                        .orElse("test"));
                ScreenCheck.check(driver);
            } finally {
                driver.quit();
            }
        }
    }

    /** Keeps what the browser showed, for a person to look at when a test fails or passes. */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        ScreenCheck.check(driver);
        save(driver, name);
    }

    private static void save(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("shiori.screenshots", "target/screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.createDirectories(file.getParent());
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
    }

    private Chromium() {}

    /** Runs {@link ScreenCheck} after the driver's calls that follow a navigation; its failures fail the test. */
    public static final class CheckedPages
            extends org.openqa.selenium.support.decorators.WebDriverDecorator<WebDriver> {

        private static final java.util.Set<String> AFTER =
                java.util.Set.of("get", "findElement", "findElements", "getPageSource", "getTitle");

        @Override
        public void afterCall(
                org.openqa.selenium.support.decorators.Decorated<?> target,
                java.lang.reflect.Method method,
                Object[] args,
                Object result) {
            if (target.getOriginal() instanceof WebDriver driver && AFTER.contains(method.getName())) {
                ScreenCheck.check(driver);
            }
        }
    }

    /** Logs a staff member in on the staff login page and waits for the staff menu. */
    public static void staffLogin(WebDriver driver, java.net.URI base, String username, String password) {
        driver.get(base.resolve("staff/login.xhtml").toString());
        type(driver, org.openqa.selenium.By.id("login:username"), username);
        type(driver, org.openqa.selenium.By.id("login:password"), password);
        submit(driver, org.openqa.selenium.By.id("login:submit"));
        waitFor(driver, org.openqa.selenium.By.id("staff-who"));
    }

    /** Logs the test administrator in (every staff role). */
    public static void staffLogin(WebDriver driver, java.net.URI base) {
        staffLogin(driver, base, jp.shiori.it.ShioriClient.ADMIN, jp.shiori.it.ShioriClient.ADMIN_PASSWORD);
    }
}
