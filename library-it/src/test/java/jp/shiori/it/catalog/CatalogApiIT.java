package jp.shiori.it.catalog;

import static jp.shiori.it.ShioriClient.encode;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Catalog search and title detail through REST, on titles each test creates for itself. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient client;
    private String word;
    private long titleId;
    private String barcodeCentral;

    @BeforeEach
    void aTitleWithACopyAtTheCentralLibraryAndAReferenceCopyInTheWest() {
        client = ShioriClient.staff(baseUri(deploymentUrl));
        word = ShioriClient.uniqueWord();
        titleId = client.createTitle("""
                {"source":"IT","sourceId":"%s","title":"星空の図書館 %s","contributors":[{"name":"栞 花子"}],
                 "publisher":"釧路書房","publicationYear":2021,"isbns":["978-4-04-104001-0"],"ndc":"913.6",
                 "materialType":"BOOK","language":"jpn","subjects":["図書館"]}""".formatted(word, word));
        barcodeCentral = ShioriClient.uniqueBarcode();
        client.addItem(titleId, barcodeCentral, "central", true);
        client.addItem(titleId, ShioriClient.uniqueBarcode(), "west", false);
    }

    private JsonObject search(String query) {
        HttpResponse<String> response = client.get("api/v1/catalog/search?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    private JsonObject problem(String query) {
        HttpResponse<String> response = client.get("api/v1/catalog/search?" + query);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = object(response);
        assertEquals("invalid-search", problem.getString("code"));
        return problem;
    }

    @Test
    void aNewTitleIsFoundAtOnceWithItsCopiesCountedFromTheDatabase() {
        JsonObject result = search("q=" + encode(word));

        assertEquals(1, result.getInt("total"));
        JsonObject hit = result.getJsonArray("hits").getJsonObject(0);
        assertEquals(titleId, hit.getJsonNumber("id").longValue());
        assertEquals(2, hit.getInt("copies"));
        assertEquals(2, hit.getInt("availableCopies"));
        assertTrue(hit.getBoolean("holdable"));
        assertEquals(
                List.of("栞 花子"),
                hit.getJsonArray("authors").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        JsonArray branches = result.getJsonObject("facets").getJsonArray("branch");
        assertEquals(2, branches.size(), branches.toString());
    }

    @Test
    void theTitleIsFoundByReadingAuthorAndFieldsTogetherWithTheUniqueWord() {
        assertEquals(1, search("q=" + encode("ほしぞら " + word)).getInt("total"));
        assertEquals(
                1, search("author=" + encode("栞花子") + "&title=" + encode(word)).getInt("total"));
        assertEquals(
                1,
                search("q=" + encode(word) + "&isbn=" + encode("978-4-04-104001-0"))
                        .getInt("total"));
        assertEquals(
                1,
                search("q=" + encode(word) + "&ndc=913&yearFrom=2020&yearTo=2021&type=BOOK&branch=west")
                        .getInt("total"));
        assertEquals(0, search("q=" + encode(word) + "&yearFrom=2022").getInt("total"));
    }

    @Test
    void oldAndNewKanjiFormsFindTheSameWorksWhicheverTheRecordOrTheReaderUsed() {
        long maihime = client.createTitle("""
                {"source":"IT","sourceId":"%s-ogai","title":"舞姫 %s","contributors":[{"name":"森 鴎外"}],
                 "materialType":"BOOK","language":"jpn"}""".formatted(word, word));
        long sakura = client.createTitle("""
                {"source":"IT","sourceId":"%s-sakura","title":"櫻の國 %s","contributors":[{"name":"髙﨑 龍"}],
                 "materialType":"BOOK","language":"jpn"}""".formatted(word, word));

        for (String typed : List.of("森鷗外", "森鴎外", "森 鷗外")) {
            JsonArray hits = search("q=" + encode(typed + " " + word)).getJsonArray("hits");
            assertEquals(1, hits.size(), typed);
            assertEquals(maihime, hits.getJsonObject(0).getJsonNumber("id").longValue(), typed);
        }
        for (String typed : List.of("桜の国", "高崎竜", "櫻 髙﨑")) {
            JsonArray hits = search("q=" + encode(typed + " " + word)).getJsonArray("hits");
            assertEquals(1, hits.size(), typed);
            assertEquals(sakura, hits.getJsonObject(0).getJsonNumber("id").longValue(), typed);
        }
    }

    @Test
    void theTitlePageListsHoldingsPerBranchWithLoanableAndStatus() {
        HttpResponse<String> response = client.get("api/v1/catalog/titles/" + titleId);
        assertEquals(200, response.statusCode());
        JsonObject title = object(response);

        assertEquals("星空の図書館 " + word, title.getString("title"));
        assertTrue(title.getBoolean("holdable"));
        JsonArray holdings = title.getJsonArray("holdings");
        assertEquals(2, holdings.size());
        JsonObject central = holdings.getJsonObject(0);
        assertEquals("central", central.getString("branchCode"));
        assertEquals(barcodeCentral, central.getString("barcode"));
        assertTrue(central.getBoolean("loanable"));
        assertEquals("AVAILABLE", central.getString("status"));
        assertEquals("west", holdings.getJsonObject(1).getString("branchCode"));
        assertTrue(!holdings.getJsonObject(1).getBoolean("loanable"));
    }

    @Test
    void aTitleWithOnlyReferenceCopiesCannotBeHeld() {
        long referenceOnly = client.createTitle("""
                {"source":"IT","sourceId":"%s-ref","title":"禁帯出の事典 %s","materialType":"BOOK"}""".formatted(word, word));
        client.addItem(referenceOnly, ShioriClient.uniqueBarcode(), "central", false);

        assertTrue(!object(client.get("api/v1/catalog/titles/" + referenceOnly)).getBoolean("holdable"));
        JsonObject hit =
                search("q=" + encode("事典 " + word)).getJsonArray("hits").getJsonObject(0);
        assertTrue(!hit.getBoolean("holdable"));
    }

    @Test
    void badSearchesAreProblemDocumentsNamingTheBrokenRule() {
        assertEquals(
                "text-too-long",
                problem("q=" + "a".repeat(2000)).getJsonArray("errors").getString(0));
        assertEquals(
                "invalid-page", problem("q=x&page=-1").getJsonArray("errors").getString(0));
        assertEquals(
                "invalid-page",
                problem("q=x&page=1000000000").getJsonArray("errors").getString(0));
        assertEquals(
                "invalid-page", problem("q=x&page=abc").getJsonArray("errors").getString(0));
        assertEquals(
                "invalid-page-size",
                problem("q=x&size=1000").getJsonArray("errors").getString(0));
        assertEquals("invalid-isbn", problem("isbn=123").getJsonArray("errors").getString(0));
        assertEquals(
                "control-characters",
                problem("q=" + encode("銀河\u0001")).getJsonArray("errors").getString(0));
        assertEquals(
                "unknown-branch",
                problem("q=x&branch=nope").getJsonArray("errors").getString(0));
        assertEquals(
                "invalid-year",
                problem("yearFrom=2020&yearTo=1990").getJsonArray("errors").getString(0));
    }

    @Test
    void querySyntaxAndQuotesAreTextThatFindsNothingNotAnError() {
        for (String typed : List.of("*:*", "title:", "~", "\\", "\"unbalanced", "((" + word)) {
            JsonObject result = search("q=" + encode(typed));
            assertTrue(result.getInt("total") <= 1, typed + " → " + result.getInt("total"));
        }
        assertEquals(1, search("q=" + encode("\"" + word)).getInt("total"), "a stray quote does not hide the word");
        assertEquals(0, search("q=").getInt("total"), "an empty search finds nothing and is no error");
    }

    @Test
    void unknownTitlesBranchesAndTakenBarcodesAreRefusedAndChangeNothing() {
        assertEquals(404, client.get("api/v1/catalog/titles/999999999").statusCode());
        assertEquals(404, client.get("api/v1/catalog/titles/abc").statusCode());

        HttpResponse<String> taken = client.postJson(
                "api/v1/catalog/titles/" + titleId + "/items",
                "{\"barcode\":\"" + barcodeCentral
                        + "\",\"branchCode\":\"central\",\"loanable\":true,\"acquiredOn\":\"2024-04-01\"}");
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals("conflict", object(taken).getString("code"));

        HttpResponse<String> unknownBranch = client.postJson(
                "api/v1/catalog/titles/" + titleId + "/items",
                "{\"barcode\":\"" + ShioriClient.uniqueBarcode()
                        + "\",\"branchCode\":\"nope\",\"loanable\":true,\"acquiredOn\":\"2024-04-01\"}");
        assertEquals(404, unknownBranch.statusCode());

        HttpResponse<String> badBarcode = client.postJson(
                "api/v1/catalog/titles/" + titleId + "/items",
                "{\"barcode\":\"<script>\",\"branchCode\":\"central\",\"loanable\":true,\"acquiredOn\":\"2024-04-01\"}");
        assertEquals(400, badBarcode.statusCode(), badBarcode.body());

        assertEquals(
                2,
                object(client.get("api/v1/catalog/titles/" + titleId))
                        .getJsonArray("holdings")
                        .size());
    }
}
