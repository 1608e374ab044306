package jp.shiori.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;

/**
 * What every page a browser test reaches must pass, checked once per loaded document: axe-core (from npm, injected
 * with executeScript) finds no violation of WCAG 2.1 A or AA, and the text shows no unfilled placeholder ({@code {0}})
 * and no missing bundle key ({@code ???key???}). Each screen checked (path, language, width) is recorded in
 * {@code target/axe-screens.txt}, so a run says how many screens the gate covered.
 */
public final class ScreenCheck {

    static final String AXE_PROPERTY = "shiori.axe";
    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Pattern UNFILLED = Pattern.compile("\\{\\d+}|\\?\\?\\?[^?\\s]*\\?\\?\\?");
    private static final Set<String> COVERED = new TreeSet<>();
    private static String axeSource;

    private ScreenCheck() {}

    /** The axe-core script the build fetched with npm; its absence fails the browser tests (they exist to run it). */
    static synchronized String axe() {
        if (axeSource == null) {
            Path file = Path.of(System.getProperty(AXE_PROPERTY, "target/axe/node_modules/axe-core/axe.min.js"));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("axe-core is missing at " + file
                        + ": the library-it build fetches it with npm (exec fetch-axe-core) before the browser tests");
            }
            try {
                axeSource = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /**
     * Checks the page the browser shows unless this document was checked already. A page that is being replaced
     * meanwhile (a redirect) is checked at the next occasion instead.
     */
    public static void check(WebDriver driver) {
        consoleHasNoRefusedScript(driver);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String token = Long.toString(System.nanoTime());
        try {
            if (Boolean.TRUE.equals(js.executeScript("return window.__shioriChecked === true"
                    + " || document.readyState !== 'complete' || !document.body;"))) {
                return;
            }
            js.executeScript("window.__shioriToken = arguments[0];", token);
            String text = (String) js.executeScript("return document.title + '\\n' + document.body.innerText;");
            var unfilled = UNFILLED.matcher(text);
            if (unfilled.find()) {
                js.executeScript("window.__shioriChecked = true;");
                throw new AssertionError("The page " + driver.getCurrentUrl() + " shows '" + unfilled.group()
                        + "' (a placeholder not filled or a missing bundle key):\n" + text);
            }
            if (Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'undefined';"))) {
                js.executeScript(axe());
            }
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Object result = js.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                            + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                            + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160))}))))"
                            + ".catch(e => done('axe failed: ' + e));",
                    WCAG_21_A_AA);
            js.executeScript("window.__shioriChecked = true;");
            record(driver, js);
            if (result instanceof String failure) {
                throw new AssertionError(failure + " on " + driver.getCurrentUrl());
            }
            List<?> violations = (List<?>) result;
            if (!violations.isEmpty()) {
                throw new AssertionError("axe-core finds WCAG 2.1 A/AA violations on " + driver.getCurrentUrl() + ":\n"
                        + violations.stream().map(ScreenCheck::describe).collect(Collectors.joining("\n")));
            }
        } catch (JavascriptException | ScriptTimeoutException | UnhandledAlertException | NoSuchWindowException e) {
            // The document went away under the check (navigation): the next occasion checks the new one. The same
            // document failing is a broken check, never a pass.
            if (sameDocument(js, token)) {
                throw new AssertionError(
                        "The page check failed on " + driver.getCurrentUrl() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The browser's console since the last look: a script or handler the Content Security Policy refused (or one
     * that failed for want of PrimeFaces' CSP helpers) is a broken screen.
     */
    static void consoleHasNoRefusedScript(WebDriver driver) {
        List<String> refused;
        try {
            refused = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("PrimeFaces is not defined"))
                    .toList();
        } catch (NoSuchWindowException e) {
            return;
        }
        if (!refused.isEmpty()) {
            throw new AssertionError(
                    "The browser refused scripts on " + driver.getCurrentUrl() + ":\n" + String.join("\n", refused));
        }
    }

    private static boolean sameDocument(JavascriptExecutor js, String token) {
        try {
            return token.equals(js.executeScript("return window.__shioriToken;"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describe(Object violation) {
        Map<?, ?> v = (Map<?, ?>) violation;
        return "  " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n      "
                + ((List<?>) v.get("nodes")).stream().map(String::valueOf).collect(Collectors.joining("\n      "));
    }

    private static synchronized void record(WebDriver driver, JavascriptExecutor js) {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        Object lang = js.executeScript("return document.documentElement.lang;");
        Object width = js.executeScript("return window.innerWidth;");
        if (COVERED.add(path + " " + lang + " " + width)) {
            Path report = Path.of(System.getProperty("shiori.axe.report", "target/axe-screens.txt"));
            Set<String> screens = COVERED.stream()
                    .map(s -> s.substring(0, s.lastIndexOf(' ')))
                    .collect(Collectors.toCollection(TreeSet::new));
            String lines =
                    "# screens (path, language) checked by axe-core (WCAG 2.1 A/AA) and for unfilled placeholders: "
                            + screens.size() + " (" + COVERED.size() + " with the window widths)\n"
                            + String.join("\n", COVERED) + "\n";
            try {
                Files.createDirectories(report.toAbsolutePath().getParent());
                Files.writeString(report, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
