package jp.shiori.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

/** What a REST client of Shiori does in the tests: JSON in and out, and creating test data through the API. */
public final class ShioriClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public ShioriClient(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    /** GET accepting any representation (documents, pages). */
    public HttpResponse<String> getAny(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "*/*").GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> postFile(String path, String contentType, Path file) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonValue json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    public static JsonObject object(HttpResponse<String> response) {
        return json(response).asJsonObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        return json(response).asJsonArray();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A word no other test uses, so a search finds exactly this test's titles. */
    public static String uniqueWord() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Creates a title through the staff API; returns its id. */
    public long createTitle(String titleJson) {
        HttpResponse<String> response = postJson("api/v1/catalog/titles", titleJson);
        if (response.statusCode() != 201) {
            throw new AssertionError("creating a title: " + response.statusCode() + " " + response.body());
        }
        return object(response).getJsonNumber("id").longValue();
    }

    /** Adds a copy through the staff API. */
    public void addItem(long titleId, String barcode, String branch, boolean loanable) {
        HttpResponse<String> response = postJson("api/v1/catalog/titles/" + titleId + "/items",
                "{\"barcode\":\"" + barcode + "\",\"branchCode\":\"" + branch + "\",\"shelfLocation\":\"2F 一般書\","
                        + "\"callNumber\":\"913.6/テ\",\"loanable\":" + loanable + ",\"acquiredOn\":\"2024-04-01\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("adding an item: " + response.statusCode() + " " + response.body());
        }
    }

    /** A fresh barcode (digits only, as a scanner reads them). */
    public static String uniqueBarcode() {
        return Long.toString(Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 1_000_000_000_000L);
    }

    /** Polls a JSON resource until the predicate holds; fails after the timeout. */
    public JsonObject await(String path, Predicate<JsonObject> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = object(get(path));
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(path + " did not reach the expected state in " + timeout + "; last: " + last);
    }

    /** The real MARC files of ../shared/data/marc21, found from the working directory upwards. */
    public static Path marcFile(String name) {
        String configured = System.getProperty("marc21.dir");
        if (configured != null) {
            return Path.of(configured, name);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/marc21").resolve(name);
            if (candidate.toFile().isFile()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/data/marc21/" + name + " above " + Path.of("").toAbsolutePath());
    }
}
