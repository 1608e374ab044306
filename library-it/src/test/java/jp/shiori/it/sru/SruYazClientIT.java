package jp.shiori.it.sru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.shiori.it.RequiresTool;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * /sru as a library system sees it: Debian's yaz-client, the reference Z39.50/SRU client, searches a title
 * this test catalogued a moment before and shows it as MARCXML and as Dublin Core. Skipped where yaz is not
 * installed ({@code apt-get install yaz}); CI installs it.
 */
@RequiresTool(paths = "/usr/bin/yaz-client", requiredBy = "yaz.required", install = "apt-get install yaz")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SruYazClientIT extends ShioriDeployment {

    private static final Duration INDEXING_DEADLINE = Duration.ofSeconds(20);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL deploymentUrl;

    @TempDir
    Path work;

    /** A made-up word no other title has: lowercase letters only, so the analyser keeps it one token. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("sru");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** A valid ISBN-13 under 978 with random digits. */
    private static String randomIsbn() {
        StringBuilder digits = new StringBuilder("978");
        for (int i = 0; i < 9; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    private HttpResponse<String> postJson(String path, JsonObject body) {
        return jp.shiori.it.ShioriClient.staff(baseUri(deploymentUrl)).postJson(path, body.toString());
    }

    /** Catalogues a title with one loanable copy at the central library, through the staff REST API. */
    private long catalogue(String title, String isbn) throws Exception {
        JsonObject draft = Json.createObjectBuilder()
                .add("source", "IT")
                .add("sourceId", "sru-" + uniqueWord())
                .add("title", title)
                .add("titleReading", "ギンガ テツドウ ノ ヨル")
                .add(
                        "contributors",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "宮沢賢治")))
                .add("publisher", "新潮社")
                .add("publicationYear", 1990)
                .add("isbns", Json.createArrayBuilder().add(isbn))
                .add("ndc", "913.6")
                .add("materialType", "BOOK")
                .add("language", "jpn")
                .build();
        HttpResponse<String> created = postJson("api/v1/catalog/titles", draft);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject stored = Json.createReader(new StringReader(created.body())).readObject();
        assertTrue(stored.getBoolean("created"), created.body());
        long id = stored.getJsonNumber("id").longValue();

        JsonObject item = Json.createObjectBuilder()
                .add("barcode", "SRU-" + uniqueWord().substring(3).toUpperCase())
                .add("branchCode", "central")
                .add("loanable", true)
                .add("acquiredOn", "2024-04-01")
                .build();
        HttpResponse<String> added = postJson("api/v1/catalog/titles/" + id + "/items", item);
        assertEquals(201, added.statusCode(), added.body());
        jp.shiori.it.ShioriClient.staff(baseUri(deploymentUrl)).awaitCatalogIndexed();
        return id;
    }

    private URI sru() {
        return baseUri(deploymentUrl).resolve("sru");
    }

    /** Waits until the index has the new title, asking /sru itself (plain HTTP) for the number of records. */
    private void awaitIndexed(String cql) throws Exception {
        URI count = URI.create(sru() + "?operation=searchRetrieve&version=1.2&maximumRecords=0&query="
                + URLEncoder.encode(cql, StandardCharsets.UTF_8).replace("+", "%20"));
        long deadline = System.nanoTime() + INDEXING_DEADLINE.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(count)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), response.body());
            // Containers may drop the space before charset or lower-case it; the media type and charset are what count.
            assertEquals(
                    "text/xml;charset=utf-8",
                    response.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .replace(" ", "")
                            .toLowerCase());
            body = response.body();
            if (body.contains("numberOfRecords>1<")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(
                "The new title was not found by " + cql + " within " + INDEXING_DEADLINE + ":\n" + body);
    }

    /**
     * Runs yaz-client on a command file against /sru: SRU 1.2 by GET, CQL queries, XML records. Localhost is
     * given as 127.0.0.1 so that yaz does not try an IPv6 address the server may not listen on.
     */
    private String yaz(String... commands) throws Exception {
        URI sru = sru();
        String host = "localhost".equals(sru.getHost()) ? "127.0.0.1" : sru.getHost();
        String open = "open http://" + host + ":" + sru.getPort() + sru.getPath();
        Path file = work.resolve("commands");
        Files.write(
                file,
                Stream.of(
                                List.of(open, "sru get 1.2", "querytype cql", "format xml"),
                                List.of(commands),
                                List.of("quit"))
                        .flatMap(List::stream)
                        .toList(),
                StandardCharsets.UTF_8);

        Process yaz = new ProcessBuilder("/usr/bin/yaz-client", "-f", file.toString())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(work.resolve("output").toFile())
                .start();
        if (!yaz.waitFor(60, TimeUnit.SECONDS)) {
            yaz.destroyForcibly();
            throw new AssertionError(
                    "yaz-client did not finish within 60 s:\n" + Files.readString(work.resolve("output")));
        }
        return Files.readString(work.resolve("output"), StandardCharsets.UTF_8);
    }

    private static int hits(String output) {
        Matcher hits = Pattern.compile("Number of hits: (\\d+)").matcher(output);
        assertTrue(hits.find(), output);
        return Integer.parseInt(hits.group(1));
    }

    @Test
    void yazClientFindsANewTitleAndShowsItAsMarcXmlAndDublinCore() throws Exception {
        String word = uniqueWord();
        // Markup characters in the title: the records must stay well-formed and show them escaped.
        long id = catalogue(word + " 銀河鉄道の夜 <&\"", randomIsbn());
        awaitIndexed("dc.title = " + word);

        String output = yaz("find dc.title = " + word, "show 1", "schema info:srw/schema/1/dc-v1.1", "show 1");

        assertEquals(1, hits(output), output);
        assertTrue(output.contains("pos=1 schema=info:srw/schema/1/marcxml-v1.1"), output);
        assertTrue(output.contains("<controlfield tag=\"001\">" + id + "</controlfield>"), output);
        assertTrue(output.contains("<subfield code=\"a\">" + word + " 銀河鉄道の夜 &lt;&amp;"), output);
        assertTrue(
                output.contains("<subfield code=\"6\">245-01/$1</subfield><subfield code=\"a\">ギンガ テツドウ ノ ヨル"), output);
        assertTrue(output.contains("<subfield code=\"b\">central</subfield>"), output);
        assertTrue(output.contains("pos=1 schema=info:srw/schema/1/dc-v1.1"), output);
        assertTrue(output.contains("<dc:title>" + word + " 銀河鉄道の夜 &lt;&amp;"), output);
        assertTrue(output.contains("<dc:creator>宮沢賢治</dc:creator>"), output);
    }

    @Test
    void yazClientFindsATitleByIsbnOrTitleAndAuthorTogether() throws Exception {
        String word = uniqueWord();
        String isbn = randomIsbn();
        catalogue(word + " 星めぐりの歌", isbn);
        awaitIndexed("dc.title = " + word);

        String output = yaz("find bath.isbn = " + isbn + " or (title = " + word + " and author = 宮沢賢治)", "show 1");

        assertEquals(1, hits(output), output);
        assertTrue(output.contains("<subfield code=\"a\">" + isbn + "</subfield>"), output);
    }

    @Test
    void yazClientReportsAnUnsupportedIndexAsDiagnostic16() throws Exception {

        String output = yaz("find dc.date = 1990");

        assertTrue(output.contains("SRW diagnostic info:srw/diagnostic/1/16"), output);
        assertTrue(output.contains("Details: dc.date"), output);
    }

    @Test
    void yazClientReadsTheExplainRecord() throws Exception {

        String output = yaz("explain");

        assertTrue(output.contains("schema=http://explain.z3950.org/dtd/2.0/"), output);
        assertTrue(output.contains("<title lang=\"en\" primary=\"true\">Shiori catalog</title>"), output);
        assertTrue(output.contains("<database>sru</database>"), output);
    }
}
