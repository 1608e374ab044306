package jp.shiori.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The staff login of the load drivers: {@code POST /api/v1/auth/staff-token} with a staff account's login name
 * and password gives a bearer token for an hour, sent with every staff request. The account is named by
 * {@code --staff-user} / {@code --staff-password}, else by the environment variables Shiori creates its first
 * administrator from, {@code LIBRARY_ADMIN_USERNAME} and {@code LIBRARY_ADMIN_PASSWORD}.
 */
final class StaffLogin {

    static final String USER_OPTION = "staff-user";
    static final String PASSWORD_OPTION = "staff-password";

    private StaffLogin() {
    }

    /** The account named by the options, else by the environment; an exception naming what is missing. */
    static Credentials credentials(Options o) {
        String user = o.text(USER_OPTION, System.getenv("LIBRARY_ADMIN_USERNAME"));
        String password = o.text(PASSWORD_OPTION, System.getenv("LIBRARY_ADMIN_PASSWORD"));
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("no staff account: set LIBRARY_ADMIN_USERNAME and LIBRARY_ADMIN_PASSWORD"
                    + " (the administrator Shiori was started with) or give --staff-user and --staff-password");
        }
        return new Credentials(user, password);
    }

    /** A bearer token of the account, or an exception with the server's answer. */
    static String token(HttpClient http, URI base, Credentials account) throws IOException, InterruptedException {
        String body = "{\"username\":" + quote(account.user()) + ",\"password\":" + quote(account.password()) + "}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/staff-token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        Optional<String> token = r.statusCode() == 200 ? ReindexTimer.JsonFields.string(r.body(), "token")
                : Optional.empty();
        if (token.isEmpty()) {
            throw new IllegalStateException("staff login of " + account.user() + " refused (" + r.statusCode() + " "
                    + r.body() + "): is it the administrator Shiori was started with (LIBRARY_ADMIN_USERNAME)?");
        }
        return token.get();
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    record Credentials(String user, String password) {

        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }
    }
}
