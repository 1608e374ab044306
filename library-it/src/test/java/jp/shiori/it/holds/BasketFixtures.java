package jp.shiori.it.holds;

import static jp.shiori.it.ShioriClient.object;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import jp.shiori.it.ShioriClient;

/** Patrons and titles for the hold basket tests, made through the REST API; each test makes its own. */
final class BasketFixtures {

    private final ShioriClient staff;

    BasketFixtures(ShioriClient staff) {
        this.staff = staff;
    }

    /** A registered patron: the card as stored (with its "A" for a legacy card), the digits, the password. */
    record Patron(String card, String digits, String password) {}

    Patron patron(String name, boolean legacyCard) {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String card = legacyCard ? "A" + digits : digits;
        String password = "pw-" + digits;
        HttpResponse<String> response = staff.postJson(
                "api/v1/patrons", """
                {"cardNumber":"%s","name":"%s","category":"ADULT","cardRenewalDate":"%s","initialPassword":"%s"}""".formatted(card, name, LocalDate.now().plusYears(1), password));
        if (response.statusCode() != 201) {
            throw new AssertionError("registering a patron: " + response.statusCode() + " " + response.body());
        }
        return new Patron(card, digits, password);
    }

    /** A title with one copy at the central library: loanable, or reference-only (禁帯出). */
    long title(String name, String word, boolean loanable) {
        long id = staff.createTitle("""
                {"source":"IT","sourceId":"%s","title":"%s %s","contributors":[{"name":"釧路 太郎"}],
                 "publisher":"湿原書房","publicationYear":2021,"materialType":"BOOK","language":"jpn"}""".formatted(ShioriClient.uniqueWord(), name, word));
        staff.addItem(id, ShioriClient.uniqueBarcode(), "central", loanable);
        return id;
    }

    /** A title without any copy: nothing of it may leave the library, so it cannot be held either. */
    long titleWithoutCopies(String name) {
        return staff.createTitle("""
                {"source":"IT","sourceId":"%s","title":"%s","materialType":"BOOK"}""".formatted(ShioriClient.uniqueWord(), name));
    }

    String token(Patron patron) {
        HttpResponse<String> response = staff.postJson(
                "api/v1/auth/token", "{\"card\":\"" + patron.card() + "\",\"password\":\"" + patron.password() + "\"}");
        if (response.statusCode() != 200) {
            throw new AssertionError("token: " + response.statusCode() + " " + response.body());
        }
        return object(response).getString("token");
    }

    /** A request of a patron app: the token only (the staff token is not sent). */
    HttpResponse<String> asPatron(String token, String method, String path, String json) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(staff.base().resolve(path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> add(String token, long titleId) {
        return asPatron(token, "POST", "api/v1/me/basket", "{\"titleId\":" + titleId + "}");
    }

    HttpResponse<String> list(String token) {
        return asPatron(token, "GET", "api/v1/me/basket", null);
    }

    HttpResponse<String> remove(String token, long titleId) {
        return asPatron(token, "DELETE", "api/v1/me/basket/" + titleId, null);
    }
}
