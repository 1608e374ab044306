package jp.shiori.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.TestDatabase;
import jp.shiori.it.circulation.LibraryFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A careless integrator and an attacker at once, generated from the published {@code openapi.yaml}: every operation
 * is called with hostile bodies (malformed JSON, an empty body, another media type, wrong types, nulls for required
 * fields, numbers out of any range, a 2 MB string, an unknown field), hostile query parameters and hostile path
 * segments (not numbers, too large, another patron's loan and hold). Each answer must be a 4xx problem document —
 * never a 5xx — and no row of any table may have changed (a fingerprint of every table before and after).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT extends ShioriDeployment {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    private static final String TWO_MEGABYTES = "あ".repeat(700_000); // 2.1 MB in UTF-8
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /**
     * Tables that change without any request: Payara's batch runtime and the job leases of the scheduler's timers,
     * which tick while the walk runs. Nothing a request writes is kept there.
     */
    private static final Pattern BACKGROUND =
            Pattern.compile("(?i)(jobinstancedata|executioninstancedata|stepexecutioninstancedata|checkpointdata"
                    + "|job_?status|step_?status|job_execution_lease)");

    @ArquillianResource
    URL deploymentUrl;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One hostile request: what it is, and how to send it. */
    private record Attack(String operation, String what, HttpRequest request) {}

    @Test
    void everyOperationAnswersHostileRequestsWithAProblemAndChangesNothing() throws Exception {
        URI base = baseUri(deploymentUrl);
        ShioriClient staff = ShioriClient.staff(base);
        LibraryFixtures fixtures = new LibraryFixtures(staff);
        LibraryFixtures.Patron patron = fixtures.patron("敵意 太郎");
        LibraryFixtures.Patron other = fixtures.patron("他人 花子");
        String patronToken = fixtures.token(patron);
        String otherToken = fixtures.token(other);
        List<String> otherIds = othersLoanAndHold(base, fixtures, other, otherToken);
        String staffToken = staffToken(base);

        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new ShioriClient(base).getAny("api/v1/openapi.yaml").body());
        List<Attack> attacks = new Attacks(document, base.resolve("api/v1/"), patronToken, staffToken, otherIds).all();
        assertTrue(attacks.size() > 500, "the walk generated only " + attacks.size() + " requests");

        Map<String, String> before = fingerprint();
        List<String> failures = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        for (Attack attack : attacks) {
            HttpResponse<String> response;
            try {
                response = http.send(attack.request(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failures.add(attack.operation() + " — " + attack.what() + ": no answer (" + e + ")");
                log.append("--- ").append(attack.operation()).append(" — ").append(attack.what());
                log.append("  ✗ no answer: ").append(e).append('\n');
                continue;
            }
            String verdict = verdict(response);
            log.append(response.statusCode())
                    .append(' ')
                    .append(attack.operation())
                    .append(" — ")
                    .append(attack.what())
                    .append(verdict == null ? "" : "  ✗ " + verdict)
                    .append('\n');
            if (verdict != null) {
                failures.add(attack.operation() + " — " + attack.what() + ": " + verdict);
            }
        }
        Map<String, String> after = fingerprint();
        Files.writeString(Path.of("target", "hostile-requests.txt"), log, StandardCharsets.UTF_8);

        assertEquals(List.of(), failures, failures.size() + " of " + attacks.size() + " answers were wrong");
        assertEquals(before, after, "rows changed under hostile requests");
    }

    @Test
    void theProblemNamesTheFieldInTheLanguageAsked() throws Exception {
        URI base = baseUri(deploymentUrl);
        HttpResponse<String> english = post(base, "api/v1/auth/token", "{\"card\": 12, \"password\": []}", "en");
        HttpResponse<String> japanese = post(base, "api/v1/auth/token", "{\"card\": 12, \"password\": []}", "ja");
        HttpResponse<String> malformed = post(base, "api/v1/auth/token", "{\"card\": \"1", "ja,en;q=0.5");

        assertEquals(400, english.statusCode(), english.body());
        JsonObject en = problem(english);
        assertEquals(List.of("password"), strings(en));
        assertTrue(en.getString("detail").contains("'password'"), en.toString());
        JsonObject ja = problem(japanese);
        assertEquals(List.of("password"), strings(ja));
        assertTrue(ja.getString("detail").contains("項目「password」"), ja.toString());
        assertEquals(400, malformed.statusCode());
        assertTrue(problem(malformed).getString("detail").contains("JSON ではありません"), malformed.body());
    }

    @Test
    void aBodyOverTheLimitIsRefusedAtOnceWith413() throws Exception {
        URI base = baseUri(deploymentUrl);
        String big = "{\"card\":\"" + TWO_MEGABYTES + "\",\"password\":\"x\"}";
        long started = System.nanoTime();
        HttpResponse<String> response = post(base, "api/v1/auth/token", big, "en");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("payload-too-large", problem(response).getString("code"));
        assertTrue(problem(response).getString("detail").contains("1048576"), response.body());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
    }

    private HttpResponse<String> post(URI base, String path, String json, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", language)
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject problem(HttpResponse<String> response) {
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> strings(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    /** Null when the answer is a 4xx problem document of the same status, else what is wrong with it. */
    private static String verdict(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status < 400 || status >= 500) {
            return "status " + status + " " + abbreviated(response.body());
        }
        if (!type.startsWith("application/problem+json")) {
            return status + " as " + type + " " + abbreviated(response.body());
        }
        try {
            JsonObject problem =
                    Json.createReader(new StringReader(response.body())).readObject();
            if (problem.getInt("status", -1) != status || !problem.containsKey("code")) {
                return "a problem document without its status or code: " + abbreviated(response.body());
            }
        } catch (RuntimeException e) {
            return "not a JSON problem document: " + abbreviated(response.body());
        }
        return null;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Another patron's loan and hold: ids that exist, and that are not the caller's. */
    private List<String> othersLoanAndHold(
            URI base, LibraryFixtures fixtures, LibraryFixtures.Patron other, String otherToken) throws Exception {
        String lent = fixtures.copy("他人の本");
        HttpResponse<String> checkout = fixtures.checkout(other.card(), lent);
        assertEquals(201, checkout.statusCode(), checkout.body());
        LibraryFixtures.Title wanted = fixtures.title("他人の予約", "central", 1, true);
        HttpResponse<String> hold = placeHold(base, otherToken, wanted.id());
        assertEquals(201, hold.statusCode(), hold.body());
        String holdId = Json.createReader(new StringReader(hold.body()))
                .readArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .toString();
        HttpResponse<String> loans = fixtures.asPatron(otherToken, "GET", "api/v1/me/loans");
        String loanId = Json.createReader(new StringReader(loans.body()))
                .readArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .toString();
        return List.of(loanId, holdId);
    }

    private HttpResponse<String> placeHold(URI base, String token, long titleId) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve("api/v1/me/holds"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"titleIds\": [" + titleId + "], \"pickupBranch\": \"west\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String staffToken(URI base) {
        HttpResponse<String> response = new ShioriClient(base)
                .postJson(
                        "api/v1/auth/staff-token",
                        "{\"username\":\"" + ShioriClient.ADMIN + "\",\"password\":\"" + ShioriClient.ADMIN_PASSWORD
                                + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getString("token");
    }

    /** Every table of the application's schema: its number of rows and a hash of their contents. */
    private static Map<String, String> fingerprint() throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                if (BACKGROUND.matcher(name).matches()) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery(
                        "select count(*), coalesce(sum(hashtext(t::text)::bigint), 0) from \"" + name + "\" t")) {
                    rs.next();
                    tables.put(name, rs.getLong(1) + " rows, hash " + rs.getLong(2));
                }
            }
        }
        return tables;
    }

    /** The hostile requests for every operation of the document. */
    private static final class Attacks {
        private final Map<String, Object> document;
        private final URI api;
        private final String patronToken;
        private final String staffToken;
        private final List<String> otherIds;
        private final List<Attack> attacks = new ArrayList<>();

        Attacks(Map<String, Object> document, URI api, String patronToken, String staffToken, List<String> otherIds) {
            this.document = document;
            this.api = api;
            this.patronToken = patronToken;
            this.staffToken = staffToken;
            this.otherIds = otherIds;
        }

        List<Attack> all() {
            Map<String, Object> paths = map(document.get("paths"));
            paths.forEach((path, item) -> {
                for (String method : METHODS) {
                    Map<String, Object> operation = map(map(item).get(method));
                    if (!operation.isEmpty()) {
                        attack(path, method.toUpperCase(), operation);
                    }
                }
            });
            return attacks;
        }

        private void attack(String path, String method, Map<String, Object> operation) {
            String name = method + " " + path;
            String token = token(operation);
            List<Map<String, Object>> parameters = Attacks.<Object>list(operation.get("parameters")).stream()
                    .map(Attacks::map)
                    .toList();
            Map<String, Object> content = map(map(operation.get("requestBody")).get("content"));

            // A path of harmless values, for the attacks on the body and on the query.
            String plain = path(path, parameter -> "1");
            for (Map<String, Object> parameter : parameters) {
                if ("path".equals(parameter.get("in"))) {
                    String parameterName = (String) parameter.get("name");
                    Map<String, Object> schema = resolve(map(parameter.get("schema")));
                    for (String value : hostileSegments(path, parameterName, schema)) {
                        String target = path(path, p -> p.equals(parameterName) ? value : "1");
                        add(name, "path " + parameterName + "=" + value, token, method, target, null, null);
                    }
                }
            }
            for (Map<String, Object> parameter : parameters) {
                if ("query".equals(parameter.get("in"))) {
                    String parameterName = (String) parameter.get("name");
                    Map<String, Object> schema = resolve(map(parameter.get("schema")));
                    for (String value : hostileQueryValues(schema)) {
                        String target =
                                plain + "?" + parameterName + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                        add(
                                name,
                                "query " + parameterName + "=" + abbreviated(value, 40),
                                token,
                                method,
                                target,
                                null,
                                null);
                    }
                }
            }
            if (content.containsKey("application/json")) {
                Map<String, Object> schema =
                        resolve(map(map(content.get("application/json")).get("schema")));
                for (Map.Entry<String, String> body : hostileBodies(schema).entrySet()) {
                    add(name, body.getKey(), token, method, plain, "application/json", body.getValue());
                }
                if (!wildcard(path)) {
                    add(name, "a JSON body sent as text/plain", token, method, plain, "text/plain", "{}");
                }
            } else if (!content.isEmpty()) {
                add(
                        name,
                        "a JSON body where the operation reads " + content.keySet(),
                        token,
                        method,
                        plain,
                        "application/json",
                        "{\"title\": \"" + TWO_MEGABYTES.substring(0, 100) + "\"}");
            }
        }

        /** POST /ops/jobs/{name} reads any media type (its body is the job's parameters). */
        private static boolean wildcard(String path) {
            return path.equals("/ops/jobs/{name}");
        }

        private void add(
                String operation,
                String what,
                String token,
                String method,
                String path,
                String contentType,
                String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path.substring(1)))
                    .timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                // A known length: the server refuses an oversize body by its Content-Length before reading it.
                request.header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
            }
            attacks.add(new Attack(operation, what, request.build()));
        }

        private String token(Map<String, Object> operation) {
            for (Object entry : list(operation.get("security"))) {
                Map<String, Object> requirement = map(entry);
                if (requirement.containsKey("staffToken")) {
                    return staffToken;
                }
                if (requirement.containsKey("patronToken")) {
                    return patronToken;
                }
            }
            return null;
        }

        private List<String> hostileSegments(String path, String parameter, Map<String, Object> schema) {
            List<String> values = new ArrayList<>();
            if ("integer".equals(schema.get("type"))) {
                values.add("abc");
                values.add("99999999999999999999999");
                values.add("-1");
                if (path.startsWith("/me/") && parameter.equals("id")) {
                    values.addAll(otherIds); // another patron's loan and hold: never the caller's
                }
            } else {
                values.add("no-such-" + parameter);
                values.add("%E3%81%82");
                values.add("..%252F..%252Fetc%252Fpasswd");
                values.add("1%27%20OR%20%271%27=%271");
            }
            return values;
        }

        private static List<String> hostileQueryValues(Map<String, Object> schema) {
            List<String> values = new ArrayList<>();
            String type = String.valueOf(schema.get("type"));
            if (type.equals("integer") || type.equals("number")) {
                values.add("abc");
                values.add("99999999999999999999999");
            }
            if ("date".equals(schema.get("format")) || "date-time".equals(schema.get("format"))) {
                values.add("not-a-date");
            }
            if (schema.get("maxLength") instanceof Integer max) {
                values.add("x".repeat(Math.min(max + 1, 4000)));
            }
            if (schema.get("enum") instanceof List<?>) {
                values.add("NO_SUCH_VALUE");
            }
            return values;
        }

        /** What is sent as the body, by what it is. */
        private Map<String, String> hostileBodies(Map<String, Object> schema) {
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("malformed JSON", "{\"a\": ");
            bodies.put("an empty body", "");
            bodies.put("JSON of another kind (a number)", "42");
            bodies.put("an unknown field", "{\"shioriUnknownField\": 1}");
            bodies.put("a 2 MB string", "{\"shioriUnknownField\": \"" + TWO_MEGABYTES + "\"}");
            Map<String, Object> properties = map(schema.get("properties"));
            List<Object> required = list(schema.get("required")).stream()
                    .map(Object.class::cast)
                    .toList();
            if ("object".equals(schema.get("type")) && !properties.isEmpty()) {
                bodies.put("a JSON array for an object", "[]");
            }
            properties.forEach((property, definition) -> {
                Map<String, Object> type = resolve(map(definition));
                String quoted = Json.createValue(property).toString();
                bodies.put(property + " of the wrong type", "{" + quoted + ": " + wrongType(type) + "}");
                if (required.contains(property)) {
                    bodies.put(property + " null", "{" + quoted + ": null}");
                }
                if ("integer".equals(type.get("type")) || "number".equals(type.get("type"))) {
                    bodies.put(property + " too large", "{" + quoted + ": 99999999999999999999999}");
                    bodies.put(property + " 1e400", "{" + quoted + ": 1e400}");
                }
                if (type.get("items") != null
                        && "integer".equals(resolve(map(type.get("items"))).get("type"))) {
                    bodies.put(property + " with an element too large", "{" + quoted + ": [99999999999999999999999]}");
                    bodies.put(property + " with a text element", "{" + quoted + ": [\"x\"]}");
                }
                if (type.get("enum") instanceof List<?>) {
                    bodies.put(property + " not one of its values", "{" + quoted + ": \"NO_SUCH_VALUE\"}");
                }
            });
            return bodies;
        }

        /** A JSON value no reader takes for this schema's type. */
        private static String wrongType(Map<String, Object> type) {
            return switch (String.valueOf(type.get("type"))) {
                case "string" -> "[1]";
                case "integer", "number" -> "\"x\"";
                case "boolean" -> "[true]";
                case "array" -> "\"x\"";
                default -> "\"x\"";
            };
        }

        private String path(String template, java.util.function.UnaryOperator<String> value) {
            Matcher matcher = PATH_PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        private Map<String, Object> resolve(Map<String, Object> schema) {
            Object ref = schema.get("$ref");
            if (ref instanceof String reference && reference.startsWith("#/")) {
                Object node = document;
                for (String part : reference.substring(2).split("/")) {
                    node = map(node).get(part);
                }
                return resolve(map(node));
            }
            return schema;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> map(Object node) {
            return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        @SuppressWarnings("unchecked")
        private static <T> List<T> list(Object node) {
            return node instanceof List<?> l ? (List<T>) l : List.of();
        }

        private static String abbreviated(String value, int length) {
            return value.length() > length ? value.substring(0, length) + "…(" + value.length() + ")" : value;
        }
    }
}
