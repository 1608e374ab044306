package jp.shiori.it.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.shiori.it.Mailbox;
import jp.shiori.it.circulation.LibraryFixtures;

/**
 * Patrons with a verified e-mail address, made as a patron makes one: log in on the login page, ユーザ設定 →
 * メールアドレス, follow the link of the mail (plain HTTP against the JSF forms, no browser).
 */
final class VerifiedPatrons {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[A-Za-z0-9_-]+");

    private final URI base;
    private final LibraryFixtures library;
    private final Mailbox mailbox;

    VerifiedPatrons(URI base, LibraryFixtures library, Mailbox mailbox) {
        this.base = base;
        this.library = library;
        this.mailbox = mailbox;
    }

    /** A patron whose address is verified; the mailbox must be running. */
    LibraryFixtures.Patron withAddress(String name, String address) throws Exception {
        LibraryFixtures.Patron patron = library.patron(name);
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String login = get(browser, "login.xhtml");
        String afterLogin = post(
                browser,
                "login.xhtml",
                form(
                        login,
                        "login",
                        Map.of(
                                "login:card",
                                patron.card(),
                                "login:password",
                                patron.password(),
                                "login:submit",
                                "login")));
        assertTrue(afterLogin.contains("id=\"patron-card\""), "not logged in: " + afterLogin);
        String settings = post(
                browser,
                "my/index.xhtml",
                form(afterLogin, "email", Map.of("email:address", address, "email:submit", "submit")));
        assertTrue(settings.contains("email-messages"), settings);
        Matcher link = LINK.matcher(Mailbox.body(mailbox.awaitDelivery(address, "メールアドレス確認")));
        assertTrue(link.find(), "no verification link");
        String verified = get(browser, URI.create(link.group()).toString().replace(base.toString(), ""));
        assertTrue(verified.contains("verify-result"), verified);
        return patron;
    }

    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    private static Map<String, String> form(String page, String formId, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "no view state on the page");
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(formId, formId);
        all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        // The page's CSP nonce, which PrimeFaces checks on a postback (a browser sends it with every form).
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        return all;
    }

    private String get(HttpClient browser, String path) {
        return send(browser, HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    private String post(HttpClient browser, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                browser,
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    private static String send(HttpClient browser, HttpRequest request) {
        try {
            HttpResponse<String> response =
                    browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), request.uri() + ": " + response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
