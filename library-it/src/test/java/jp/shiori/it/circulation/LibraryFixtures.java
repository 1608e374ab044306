package jp.shiori.it.circulation;

import static jp.shiori.it.ShioriClient.object;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.shiori.it.ShioriClient;

/** Patrons, titles and copies for circulation tests, made through the REST API; each test makes its own. */
public final class LibraryFixtures {

    private final ShioriClient client;

    public LibraryFixtures(ShioriClient client) {
        this.client = client;
    }

    /** A registered patron: the card digits and the web-service password. */
    public record Patron(String card, String password) {}

    public Patron patron(String name, LocalDate renewal) {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String password = "pw-" + digits;
        HttpResponse<String> response =
                client.postJson("api/v1/patrons", """
                {"cardNumber":"%s","name":"%s","category":"ADULT","cardRenewalDate":"%s","initialPassword":"%s"}""".formatted(digits, name, renewal, password));
        if (response.statusCode() != 201) {
            throw new AssertionError("registering a patron: " + response.statusCode() + " " + response.body());
        }
        return new Patron(digits, password);
    }

    public Patron patron(String name) {
        return patron(name, LocalDate.now().plusYears(1));
    }

    /** A title with {@code copies} loanable copies owned by the branch; returns their barcodes. */
    public List<String> copies(String title, String branch, int copies, boolean loanable) {
        return title(title, branch, copies, loanable).barcodes();
    }

    /** A catalogued title and the barcodes of its copies. */
    public record Title(long id, List<String> barcodes) {}

    /** A title with {@code copies} copies owned by the branch. */
    public Title title(String title, String branch, int copies, boolean loanable) {
        long titleId = client.createTitle("""
                {"source":"IT","sourceId":"%s","title":"%s","materialType":"BOOK"}""".formatted(ShioriClient.uniqueWord(), title));
        List<String> barcodes = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            String barcode = ShioriClient.uniqueBarcode();
            client.addItem(titleId, barcode, branch, loanable);
            barcodes.add(barcode);
        }
        return new Title(titleId, barcodes);
    }

    public String copy(String title) {
        return copies(title, "central", 1, true).get(0);
    }

    public HttpResponse<String> checkout(String card, String barcode) {
        return client.postJson(
                "api/v1/circulation/checkouts",
                "{\"card\":\"" + card + "\",\"barcode\":\"" + barcode + "\",\"branchCode\":\"central\"}");
    }

    public HttpResponse<String> checkin(String barcode, String branch) {
        return client.postJson(
                "api/v1/circulation/checkins", "{\"barcode\":\"" + barcode + "\",\"branchCode\":\"" + branch + "\"}");
    }

    public String token(Patron patron) {
        HttpResponse<String> response = client.postJson(
                "api/v1/auth/token", "{\"card\":\"" + patron.card() + "\",\"password\":\"" + patron.password() + "\"}");
        if (response.statusCode() != 200) {
            throw new AssertionError("token: " + response.statusCode() + " " + response.body());
        }
        return object(response).getString("token");
    }

    public HttpResponse<String> asPatron(String token, String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(client.base().resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
