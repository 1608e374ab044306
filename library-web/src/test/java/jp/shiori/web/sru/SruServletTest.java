package jp.shiori.web.sru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shiori.catalog.MaterialType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The servlet as a client sees it: status, content type and the SRU document, for each kind of answer. */
class SruServletTest {

    private final FakeCatalog catalog = new FakeCatalog();
    private final SruServlet servlet = new SruServlet();

    /** What the servlet sent. */
    private record Answer(int status, String contentType, byte[] body) {

        ParsedXml xml() {
            return new ParsedXml(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void catalogWithTwoTitles() {
        servlet.catalog = catalog;
        catalog.with(FakeCatalog.gingaTetsudo(), FakeCatalog.bare(102, "銀河の歴史 <第1巻> & \"星\"", MaterialType.BOOK));
    }

    /** GET /sru?query-string; the query string as a client percent-encodes it. */
    private Answer get(String queryString) throws Exception {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (!queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                String[] nameValue = pair.split("=", 2);
                String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
                String value = nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "";
                parameters.merge(name, new String[] {value}, (a, b) -> a);
            }
        }
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameterMap" -> parameters;
                    case "getServerName" -> "opac.example.jp";
                    case "getServerPort" -> 8080;
                    case "getMethod" -> "GET";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, Object> sent = new HashMap<>();
        ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus", "setContentType", "setContentLength" -> {
                        sent.put(method.getName(), args[0]);
                        yield null;
                    }
                    case "getOutputStream" -> stream;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        servlet.doGet(request, response);
        assertEquals(body.size(), sent.get("setContentLength"));
        return new Answer((Integer) sent.get("setStatus"), (String) sent.get("setContentType"), body.toByteArray());
    }

    private static String search(String query) {
        return "operation=searchRetrieve&version=1.2&query="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static void assertDiagnostic(Answer answer, String root, int number, String details) {
        assertEquals(200, answer.status(), "SRU reports problems with HTTP 200");
        assertEquals("text/xml; charset=UTF-8", answer.contentType());
        ParsedXml xml = answer.xml();
        assertEquals(root, xml.document.getDocumentElement().getLocalName(), answer.text());
        assertEquals(
                "info:srw/diagnostic/1/" + number,
                xml.text("/*/srw:diagnostics/diag:diagnostic/diag:uri"),
                answer.text());
        if (details != null) {
            assertEquals(details, xml.text("/*/srw:diagnostics/diag:diagnostic/diag:details"));
        }
        assertFalse(xml.text("/*/srw:diagnostics/diag:diagnostic/diag:message").isBlank());
    }

    @Test
    void withoutParametersTheAnswerIsExplain() throws Exception {
        Answer answer = get("");

        assertEquals(200, answer.status());
        assertEquals("text/xml; charset=UTF-8", answer.contentType());
        assertTrue(answer.text().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), answer.text());
        ParsedXml xml = answer.xml();
        assertEquals("explainResponse", xml.document.getDocumentElement().getLocalName());
        assertEquals(SruProtocol.NAMESPACE, xml.document.getDocumentElement().getNamespaceURI());
        assertEquals("1.2", xml.text("/srw:explainResponse/srw:version"));
        assertEquals("http://explain.z3950.org/dtd/2.0/", xml.text("//srw:record/srw:recordSchema"));
        assertEquals("xml", xml.text("//srw:record/srw:recordPacking"));
        assertEquals(0, xml.count("//srw:diagnostics"));
    }

    @Test
    void theExplainRecordDescribesServerIndexesSchemasAndLimits() throws Exception {
        ParsedXml xml = get("operation=explain&version=1.2").xml();
        String explain = "//srw:recordData/zr:explain";

        assertEquals("SRU", xml.text(explain + "/zr:serverInfo/@protocol"));
        assertEquals("1.2", xml.text(explain + "/zr:serverInfo/@version"));
        assertEquals("opac.example.jp", xml.text(explain + "/zr:serverInfo/zr:host"));
        assertEquals("8080", xml.text(explain + "/zr:serverInfo/zr:port"));
        assertEquals("sru", xml.text(explain + "/zr:serverInfo/zr:database"));
        assertEquals("Shiori catalog", xml.text(explain + "/zr:databaseInfo/zr:title"));
        assertEquals(List.of("cql", "dc", "bath"), xml.texts(explain + "/zr:indexInfo/zr:set/@name"));
        assertEquals("title", xml.text(explain + "//zr:index/zr:map/zr:name[@set='dc' and .='title']"));
        assertEquals("isbn", xml.text(explain + "//zr:index/zr:map/zr:name[@set='bath']"));
        assertEquals(
                List.of(
                        "cql.serverChoice",
                        "cql.anywhere",
                        "any",
                        "dc.title",
                        "title",
                        "dc.creator",
                        "creator",
                        "author",
                        "dc.publisher",
                        "publisher",
                        "dc.subject",
                        "subject",
                        "bath.isbn",
                        "isbn"),
                indexNames(xml, explain));
        assertEquals(
                List.of("info:srw/schema/1/marcxml-v1.1", "info:srw/schema/1/dc-v1.1"),
                xml.texts(explain + "/zr:schemaInfo/zr:schema/@identifier"));
        assertEquals("10", xml.text(explain + "/zr:configInfo/zr:default[@type='numberOfRecords']"));
        assertEquals("100", xml.text(explain + "/zr:configInfo/zr:setting[@type='maximumRecords']"));
    }

    private static List<String> indexNames(ParsedXml xml, String explain) {
        int count = xml.count(explain + "//zr:index/zr:map/zr:name");
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> {
                    String at = "(" + explain + "//zr:index/zr:map/zr:name)[" + i + "]";
                    String set = xml.text(at + "/@set");
                    return (set.isEmpty() ? "" : set + ".") + xml.text(at);
                })
                .toList();
    }

    @Test
    void aSearchAnswersWithMarcXmlRecordsByDefault() throws Exception {
        Answer answer = get(search("dc.title = \"銀河 鉄道\""));

        assertEquals(200, answer.status());
        assertEquals("text/xml; charset=UTF-8", answer.contentType());
        ParsedXml xml = answer.xml();
        assertEquals("1.2", xml.text("/srw:searchRetrieveResponse/srw:version"));
        assertEquals("1", xml.text("/srw:searchRetrieveResponse/srw:numberOfRecords"));
        String record = "/srw:searchRetrieveResponse/srw:records/srw:record";
        assertEquals("info:srw/schema/1/marcxml-v1.1", xml.text(record + "/srw:recordSchema"));
        assertEquals("xml", xml.text(record + "/srw:recordPacking"));
        assertEquals("1", xml.text(record + "/srw:recordPosition"));
        assertEquals(
                "銀河鉄道の夜",
                xml.text(record + "/srw:recordData/marc:record/marc:datafield[@tag='245']/marc:subfield[@code='a']"));
        assertEquals(0, xml.count("//srw:nextRecordPosition"));
        assertEquals("銀河 鉄道", catalog.requests.get(0).title());
    }

    @Test
    void pagingGivesPositionsAndTheNextRecordPosition() throws Exception {
        ParsedXml first = get(search("銀河") + "&maximumRecords=1").xml();

        assertEquals("2", first.text("//srw:numberOfRecords"));
        assertEquals(List.of("1"), first.texts("//srw:record/srw:recordPosition"));
        assertEquals("2", first.text("//srw:nextRecordPosition"));

        ParsedXml second = get(search("銀河") + "&maximumRecords=1&startRecord=2").xml();
        assertEquals(List.of("2"), second.texts("//srw:record/srw:recordPosition"));
        assertEquals("102", second.text("//marc:controlfield[@tag='001']"));
        assertEquals(0, second.count("//srw:nextRecordPosition"));
    }

    @Test
    void maximumRecordsZeroGivesOnlyTheNumber() throws Exception {
        ParsedXml xml = get(search("銀河") + "&maximumRecords=0").xml();

        assertEquals("2", xml.text("//srw:numberOfRecords"));
        assertEquals(0, xml.count("//srw:records"));
    }

    @Test
    void maximumRecordsAboveTheLimitIsCutToIt() throws Exception {
        for (long id = 1000; id < 1150; id++) {
            catalog.with(FakeCatalog.bare(id, "本 " + id, MaterialType.BOOK));
        }
        ParsedXml xml = get(search("本") + "&maximumRecords=500").xml();

        assertEquals("150", xml.text("//srw:numberOfRecords"));
        assertEquals(100, xml.count("//srw:record"));
        assertEquals("101", xml.text("//srw:nextRecordPosition"));
    }

    @Test
    void theDcSchemaIsAskedForByIdentifierOrName() throws Exception {
        for (String schema : List.of("info:srw/schema/1/dc-v1.1", "dc")) {
            ParsedXml xml = get(search("title=夜") + "&recordSchema=" + schema).xml();

            assertEquals("info:srw/schema/1/dc-v1.1", xml.text("//srw:record/srw:recordSchema"));
            assertEquals("銀河鉄道の夜", xml.text("//srw:recordData/srw_dc:dc/dc:title"));
        }
    }

    @Test
    void titlesWithMarkupCharactersStayWellFormed() throws Exception {
        Answer answer = get(search("歴史") + "&recordSchema=dc");

        assertTrue(answer.text().contains("銀河の歴史 &lt;第1巻&gt; &amp; \"星\""), answer.text());
        assertEquals("銀河の歴史 <第1巻> & \"星\"", answer.xml().text("//dc:title"));
    }

    @Test
    void recordPackingStringCarriesTheRecordAsEscapedText() throws Exception {
        ParsedXml xml = get(search("歴史") + "&recordPacking=string").xml();

        assertEquals("string", xml.text("//srw:recordPacking"));
        assertEquals(0, xml.count("//srw:recordData/*"));
        ParsedXml record = new ParsedXml(xml.text("//srw:recordData").getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "銀河の歴史 <第1巻> & \"星\"", record.text("/marc:record/marc:datafield[@tag='245']/marc:subfield[@code='a']"));
    }

    @Test
    void orMergesBothSides() throws Exception {
        ParsedXml xml = get(search("title = 夜 or title = 歴史")).xml();

        assertEquals("2", xml.text("//srw:numberOfRecords"));
        assertEquals(List.of("101", "102"), xml.texts("//marc:controlfield[@tag='001']"));
    }

    @Test
    void aTitleWithdrawnSinceTheSearchIsASurrogateDiagnostic() throws Exception {
        catalog.withdrawn.add(101L);
        ParsedXml xml = get(search("銀河")).xml();

        assertEquals("2", xml.text("//srw:numberOfRecords"));
        assertEquals("info:srw/schema/1/diagnostics-v1.1", xml.text("//srw:record[1]/srw:recordSchema"));
        assertEquals("info:srw/diagnostic/1/65", xml.text("//srw:record[1]/srw:recordData/diag:diagnostic/diag:uri"));
        assertEquals("102", xml.text("//srw:record[2]//marc:controlfield[@tag='001']"));
    }

    @Test
    void nothingFoundIsZeroRecordsWithoutDiagnostic() throws Exception {
        ParsedXml xml = get(search("存在しない")).xml();

        assertEquals("0", xml.text("//srw:numberOfRecords"));
        assertEquals(0, xml.count("//srw:records"));
        assertEquals(0, xml.count("//srw:diagnostics"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "operation=scan&version=1.2&scanClause=x                      | scanResponse           | 4  | scan",
                "operation=update&version=1.2                                 | explainResponse        | 4  | update",
                "operation=searchRetrieve&version=1.1&query=x                 | searchRetrieveResponse | 5  | 1.2",
                "operation=searchRetrieve&version=abc&query=x                 | searchRetrieveResponse | 5  | 1.2",
                "operation=explain&version=1.1                                | explainResponse        | 5  | 1.2",
                "operation=searchRetrieve&query=x                             | searchRetrieveResponse | 7  | version",
                "operation=searchRetrieve&version=1.2                         | searchRetrieveResponse | 7  | query",
                "operation=searchRetrieve&version=1.2&query=                  | searchRetrieveResponse | 7  | query",
                "operation=searchRetrieve&version=1.2&query=x&startRecord=0   | searchRetrieveResponse | 6  | startRecord",
                "operation=searchRetrieve&version=1.2&query=x&startRecord=one | searchRetrieveResponse | 6  | startRecord",
                "operation=searchRetrieve&version=1.2&query=x&maximumRecords=-1 | searchRetrieveResponse | 6 | maximumRecords",
                "operation=searchRetrieve&version=1.2&query=x&maximumRecords=99999999999 | searchRetrieveResponse | 6 | maximumRecords",
                "operation=searchRetrieve&version=1.2&query=x&foo=bar         | searchRetrieveResponse | 8  | foo",
                "operation=explain&version=1.2&query=x                        | explainResponse        | 8  | query",
                "operation=searchRetrieve&version=1.2&query=a%20and           | searchRetrieveResponse | 10 |",
                "operation=searchRetrieve&version=1.2&query=(a                | searchRetrieveResponse | 13 | 0",
                "operation=searchRetrieve&version=1.2&query=dc.date%3D1990    | searchRetrieveResponse | 16 | dc.date",
                "operation=searchRetrieve&version=1.2&query=title%20%3C%20x   | searchRetrieveResponse | 19 | <",
                "operation=searchRetrieve&version=1.2&query=a%20not%20b       | searchRetrieveResponse | 37 | not",
                "operation=searchRetrieve&version=1.2&query=isbn%3D123        | searchRetrieveResponse | 36 | 123",
                "operation=searchRetrieve&version=1.2&query=x&recordSchema=mods | searchRetrieveResponse | 66 | mods",
                "operation=searchRetrieve&version=1.2&query=x&recordPacking=json | searchRetrieveResponse | 71 |",
                "operation=explain&recordPacking=json                         | explainResponse        | 71 |",
                "operation=searchRetrieve&version=1.2&query=x&recordXPath=/a  | searchRetrieveResponse | 72 |",
                "operation=searchRetrieve&version=1.2&query=x&sortKeys=title  | searchRetrieveResponse | 80 |",
                "operation=searchRetrieve&version=1.2&query=x&stylesheet=s.xsl | searchRetrieveResponse | 110 |",
                "operation=searchRetrieve&version=1.2&query=銀河&startRecord=3 | searchRetrieveResponse | 61 | 3",
            })
    void eachProblemIsItsDiagnosticWithHttp200(String queryString, String root, int diagnostic, String details)
            throws Exception {
        assertDiagnostic(get(queryString), root, diagnostic, details);
    }

    @Test
    void aFatalDiagnosticComesWithZeroRecords() throws Exception {
        ParsedXml xml = get("operation=searchRetrieve&version=1.2").xml();

        assertEquals("0", xml.text("//srw:numberOfRecords"));
        assertEquals(0, xml.count("//srw:records"));
    }

    @Test
    void anExplainWithADiagnosticStillCarriesTheExplainRecord() throws Exception {
        ParsedXml xml = get("operation=explain&version=1.1").xml();

        assertEquals("Shiori catalog", xml.text("//zr:databaseInfo/zr:title"));
    }

    @Test
    void laterVersionsAreAnsweredIn12AndExtensionParametersIgnored() throws Exception {
        ParsedXml xml = get(search("銀河").replace("version=1.2", "version=2.0") + "&x-info-debug=1")
                .xml();

        assertEquals("1.2", xml.text("//srw:version"));
        assertEquals("2", xml.text("//srw:numberOfRecords"));
    }

    @Test
    void aFailingCatalogIsAGeneralSystemErrorNotAStackTrace() throws Exception {
        catalog.failure = new IllegalStateException("connection refused: db.internal:5432");
        Answer answer = get(search("銀河"));

        assertDiagnostic(answer, "searchRetrieveResponse", 1, null);
        assertFalse(answer.text().contains("db.internal"), answer.text());
        assertFalse(answer.text().contains("Exception"), answer.text());
    }
}
