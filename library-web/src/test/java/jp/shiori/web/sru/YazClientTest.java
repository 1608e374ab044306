package jp.shiori.web.sru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.catalog.MaterialType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's yaz-client, the reference SRU client, against {@link SruProtocol} behind the JDK's HTTP server on
 * a free loopback port. Skipped where yaz is not installed (CI installs it). The container test
 * SruYazClientIT drives it the same way against the deployed application.
 */
@ExtendWith(YazClientInstalled.class)
class YazClientTest {

    private final FakeCatalog catalog = new FakeCatalog();
    private HttpServer server;

    @TempDir
    Path work;

    @BeforeEach
    void serveSru() throws IOException {
        catalog.with(FakeCatalog.gingaTetsudo(), FakeCatalog.bare(102, "銀河の歴史 <第1巻> & \"星\"", MaterialType.BOOK));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sru", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            byte[] body = new SruProtocol(catalog)
                    .respond(
                            parameters(query == null ? "" : query),
                            "localhost",
                            server.getAddress().getPort());
            exchange.getResponseHeaders().set("Content-Type", SruServlet.CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static Map<String, String[]> parameters(String rawQuery) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                String[] nameValue = pair.split("=", 2);
                parameters.putIfAbsent(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), new String[] {
                    nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : ""
                });
            }
        }
        return parameters;
    }

    /** Runs yaz-client on a command file against our /sru and returns what it printed. */
    private String yaz(List<String> commands) throws Exception {
        Path file = work.resolve("commands");
        String open = "open http://127.0.0.1:" + server.getAddress().getPort() + "/sru";
        Files.write(
                file,
                concat(List.of(open, "sru get 1.2", "querytype cql", "format xml"), commands, List.of("quit")),
                StandardCharsets.UTF_8);
        Process yaz = new ProcessBuilder(YazClientInstalled.YAZ_CLIENT.toString(), "-f", file.toString())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        byte[] output = yaz.getInputStream().readAllBytes();
        if (!yaz.waitFor(30, TimeUnit.SECONDS)) {
            yaz.destroyForcibly();
            throw new AssertionError("yaz-client did not finish:\n" + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
    }

    private static int hits(String output) {
        Matcher hits = Pattern.compile("Number of hits: (\\d+)").matcher(output);
        assertTrue(hits.find(), output);
        return Integer.parseInt(hits.group(1));
    }

    @Test
    void yazFindsATitleAndShowsItsMarcXmlAndDublinCoreRecords() throws Exception {
        String output =
                yaz(List.of("find dc.title = \"銀河 鉄道\"", "show 1", "schema info:srw/schema/1/dc-v1.1", "show 1"));

        assertEquals(1, hits(output), output);
        assertTrue(output.contains("pos=1 schema=info:srw/schema/1/marcxml-v1.1"), output);
        assertTrue(output.contains("<subfield code=\"a\">銀河鉄道の夜</subfield>"), output);
        assertTrue(output.contains("pos=1 schema=info:srw/schema/1/dc-v1.1"), output);
        assertTrue(output.contains("<dc:title>銀河鉄道の夜</dc:title>"), output);
    }

    @Test
    void yazShowsEscapedMarkupIntact() throws Exception {
        String output = yaz(List.of("find title=歴史", "show 1"));

        assertEquals(1, hits(output), output);
        assertTrue(output.contains("銀河の歴史 &lt;第1巻&gt; &amp; \"星\""), output);
    }

    @Test
    void yazSendsParenthesesAndJapaneseThrough() throws Exception {
        String output = yaz(List.of("find bath.isbn = 9784101092058 or (title = 歴史 and author = 宮沢賢治)", "show 1"));

        assertEquals(1, hits(output), output);
        assertTrue(output.contains("<subfield code=\"a\">9784101092058</subfield>"), output);
    }

    @Test
    void yazReportsOurDiagnostics() throws Exception {
        String output = yaz(List.of("find dc.date = 1990"));

        assertTrue(output.contains("SRW diagnostic info:srw/diagnostic/1/16"), output);
        assertTrue(output.contains("Details: dc.date"), output);
    }

    @Test
    void yazReadsTheExplainRecord() throws Exception {
        String output = yaz(List.of("explain"));

        assertTrue(output.contains("schema=http://explain.z3950.org/dtd/2.0/"), output);
        assertTrue(output.contains("<title lang=\"en\" primary=\"true\">Shiori catalog</title>"), output);
        assertTrue(output.contains("<database>sru</database>"), output);
    }
}
