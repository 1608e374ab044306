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

    /** The first administrator the test domain is started with (server-config's Launcher, TEST_ADMIN). */
    public static final String ADMIN = "it-admin";

    public static final String ADMIN_PASSWORD = "kushiro-test-kanri-2026";

    private final HttpClient http;
    private final URI base;
    private final String bearer;

    /** A client without credentials: what anybody on the internet can do. */
    public ShioriClient(URI base) {
        this(
                base,
                null,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    private ShioriClient(URI base, String bearer, HttpClient http) {
        this.base = base;
        this.bearer = bearer;
        this.http = http;
    }

    /** A client of the test administrator (every staff role): creates test data through the staff API. */
    public static ShioriClient staff(URI base) {
        String token = adminToken;
        if (token == null) {
            token = new ShioriClient(base).loginAsStaff(ADMIN, ADMIN_PASSWORD).bearer;
            adminToken = token; // valid for an hour: the suite logs the administrator in once
        }
        return new ShioriClient(
                base,
                token,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    private static volatile String adminToken;

    /** A client of a staff account: a staff token sent with every request that names no credentials itself. */
    public ShioriClient loginAsStaff(String username, String password) {
        HttpResponse<String> response = postJson(
                "api/v1/auth/staff-token",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", password)
                        .build()
                        .toString());
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "staff login of " + username + ": " + response.statusCode() + " " + response.body());
        }
        return new ShioriClient(base, object(response).getString("token"), http);
    }

    /**
     * Creates a staff account with these roles (as the test administrator) and returns its client. The name is
     * unique, so each test has its own staff.
     */
    public static ShioriClient newStaff(URI base, String... roles) {
        StaffAccount account = StaffAccount.create(base, roles);
        return new ShioriClient(base).loginAsStaff(account.username(), account.password());
    }

    /** A staff account made for one test, for its screens (log in with the name and password). */
    public record StaffAccount(String username, String password) {

        public static StaffAccount create(URI base, String... roles) {
            String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
            String password = "desk-password-" + UUID.randomUUID().toString().substring(0, 8);
            var roleArray = Json.createArrayBuilder();
            for (String role : roles) {
                roleArray.add(role);
            }
            HttpResponse<String> created = staff(base)
                    .postJson(
                            "api/v1/staff/accounts",
                            Json.createObjectBuilder()
                                    .add("username", username)
                                    .add("displayName", "テスト 職員")
                                    .add("roles", roleArray)
                                    .add("password", password)
                                    .build()
                                    .toString());
            if (created.statusCode() != 201) {
                throw new AssertionError("creating staff: " + created.statusCode() + " " + created.body());
            }
            return new StaffAccount(username, password);
        }
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .GET());
    }

    /** GET accepting any representation (documents, pages). */
    public HttpResponse<String> getAny(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "*/*")
                .GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> postFile(String path, String contentType, Path file) {
        try {
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .DELETE());
    }

    /** Sends a request; a staff client adds its token unless the request names its own credentials. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        if (bearer != null && built.headers().firstValue("Authorization").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true)
                    .header("Authorization", "Bearer " + bearer)
                    .build();
        }
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
        awaitCatalogIndexed();
        return object(response).getJsonNumber("id").longValue();
    }

    /**
     * Waits until the search index has taken every committed catalog change: the index follows its change log
     * within moments of a commit, and {@code /health} tells how many changes it has not taken yet (Payara's health
     * endpoint writes the figure as a JSON string).
     */
    public void awaitCatalogIndexed() {
        await(
                "health",
                health -> health.getJsonArray("checks").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(check -> check.getString("name").equals("catalog-index"))
                        .anyMatch(check -> check.getJsonObject("data")
                                .get("changesBehind")
                                .toString()
                                .replace("\"", "")
                                .equals("0")),
                Duration.ofSeconds(30));
    }

    /** Adds a copy through the staff API. */
    public void addItem(long titleId, String barcode, String branch, boolean loanable) {
        HttpResponse<String> response = postJson(
                "api/v1/catalog/titles/" + titleId + "/items",
                "{\"barcode\":\"" + barcode + "\",\"branchCode\":\"" + branch + "\",\"shelfLocation\":\"2F 一般書\","
                        + "\"callNumber\":\"913.6/テ\",\"loanable\":" + loanable + ",\"acquiredOn\":\"2024-04-01\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("adding an item: " + response.statusCode() + " " + response.body());
        }
        awaitCatalogIndexed();
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
        throw new IllegalStateException(
                "No shared/data/marc21/" + name + " above " + Path.of("").toAbsolutePath());
    }
}
