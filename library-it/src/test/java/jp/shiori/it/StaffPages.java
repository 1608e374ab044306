package jp.shiori.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser session without a browser: cookies, the JSF login form and form posts with the
 * page's ViewState (or deliberately without it, as a forged cross-site post would be).
 */
public final class StaffPages {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    private StaffPages(URI base) {
        this.base = base;
    }

    /** Logs in on the staff login page; fails the test when the login does not reach the staff menu. */
    public static StaffPages login(URI base, String username, String password) {
        StaffPages pages = new StaffPages(base);
        HttpResponse<String> menu = pages.submit(
                "staff/login.xhtml",
                "login",
                Map.of("login:username", username, "login:password", password, "login:submit", "login"));
        if (!menu.uri().getPath().endsWith("/staff/") || menu.statusCode() != 200) {
            throw new AssertionError(
                    "staff login of " + username + " ended at " + menu.uri() + " " + menu.statusCode());
        }
        return pages;
    }

    public static StaffPages anonymous(URI base) {
        return new StaffPages(base);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Opens the page and posts its form {@code formId} with these fields and the page's own ViewState. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields) {
        HttpResponse<String> page = get(path);
        Matcher state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError("no ViewState on " + path + " (" + page.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        return post(page.uri().getPath().substring(1), form);
    }

    /** Posts a form as given: without a ViewState this is what a forged cross-site request sends. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> ShioriClient.encode(e.getKey()) + "=" + ShioriClient.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
