package jp.shiori.it.holds;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 予約かご through REST: /me/basket is always the token's own patron's basket, and only holdable titles go in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BasketApiIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private BasketFixtures library;

    @BeforeEach
    void setUp() {
        library = new BasketFixtures(ShioriClient.staff(baseUri(deploymentUrl)));
    }

    private static List<Long> ids(HttpResponse<String> basket) {
        return array(basket).stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(code, object(response).getString("code"), response.body());
    }

    @Test
    void aPatronAddsListsAndRemovesTitlesInTheOrderAdded() {
        String token = library.token(library.patron("予約 かご子", false));
        String word = ShioriClient.uniqueWord();
        long first = library.title("霧の港", word, true);
        long second = library.title("丹頂の里", word, true);

        assertEquals(List.of(), ids(library.list(token)), "a new patron's basket is empty");
        HttpResponse<String> added = library.add(token, first);
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(List.of(first), ids(added), "the answer is the basket after the addition");
        library.add(token, second);

        HttpResponse<String> basket = library.list(token);
        assertEquals(200, basket.statusCode());
        assertEquals(List.of(first, second), ids(basket));
        JsonObject title = array(basket).getJsonObject(0);
        assertEquals("霧の港 " + word, title.getString("title"));
        assertEquals("湿原書房", title.getString("publisher"));
        assertEquals(2021, title.getInt("publicationYear"));
        assertEquals("釧路 太郎", title.getJsonArray("authors").getString(0));
        assertEquals(1, title.getInt("copies"));
        assertEquals(1, title.getInt("availableCopies"));
        assertTrue(title.getBoolean("holdable"));

        assertEquals(204, library.remove(token, first).statusCode());
        assertEquals(List.of(second), ids(library.list(token)));
        assertEquals(204, library.remove(token, first).statusCode(), "removing a title not in the basket is harmless");

        assertEquals(
                204, library.asPatron(token, "DELETE", "api/v1/me/basket", null).statusCode());
        assertEquals(List.of(), ids(library.list(token)), "emptied");
    }

    @Test
    void aTitleAddedTwiceIsInTheBasketOnce() {
        String token = library.token(library.patron("二度 入れ太", false));
        long title = library.title("二度目の本", ShioriClient.uniqueWord(), true);

        assertEquals(200, library.add(token, title).statusCode());
        HttpResponse<String> again = library.add(token, title);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(List.of(title), ids(again));
        assertEquals(List.of(title), ids(library.list(token)));
    }

    @Test
    void theBasketHoldsAtMostFiftyTitles() {
        String token = library.token(library.patron("満杯 かご美", false));
        String word = ShioriClient.uniqueWord();
        List<Long> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long title = library.title("上限の本 " + i, word, true);
            assertEquals(200, library.add(token, title).statusCode());
            fifty.add(title);
        }
        long oneMore = library.title("五十一冊目", word, true);

        assertProblem(library.add(token, oneMore), 422, "basket-full");
        assertEquals(fifty, ids(library.list(token)), "nothing changed");
        assertEquals(
                200, library.add(token, fifty.get(3)).statusCode(), "a title already in a full basket is no refusal");

        library.remove(token, fifty.get(0));
        assertEquals(200, library.add(token, oneMore).statusCode(), "room again after a removal");
        assertEquals(50, ids(library.list(token)).size());
    }

    @Test
    void referenceOnlyUnknownAndMissingTitlesAreRefusedAndChangeNothing() {
        String token = library.token(library.patron("禁帯 出子", false));
        String word = ShioriClient.uniqueWord();
        long holdable = library.title("借りられる本", word, true);
        long referenceOnly = library.title("郷土資料", word, false);
        long noCopies = library.titleWithoutCopies("所蔵のない本 " + word);
        library.add(token, holdable);

        assertProblem(library.add(token, referenceOnly), 422, "not-holdable");
        assertProblem(library.add(token, noCopies), 422, "not-holdable");
        assertProblem(library.add(token, 987_654_321_987L), 404, "not-found");
        assertProblem(library.asPatron(token, "POST", "api/v1/me/basket", "{}"), 400, "bad-request");
        assertEquals(List.of(holdable), ids(library.list(token)), "nothing changed");
    }

    @Test
    void aPatronOnlyEverSeesAndChangesTheirOwnBasket() {
        String alice = library.token(library.patron("本人 一子", false));
        String bob = library.token(library.patron("他人 二郎", true));
        String word = ShioriClient.uniqueWord();
        long hers = library.title("一子の本", word, true);
        long his = library.title("二郎の本", word, true);
        library.add(alice, hers);
        library.add(bob, his);

        assertEquals(List.of(hers), ids(library.list(alice)));
        assertEquals(List.of(his), ids(library.list(bob)));
        assertEquals(204, library.remove(bob, hers).statusCode());
        assertEquals(List.of(hers), ids(library.list(alice)), "bob's DELETE touched only his own basket");

        assertProblem(library.list(null), 401, "unauthorized");
        assertProblem(library.add("v1.1.1.forged", hers), 401, "unauthorized");
        HttpResponse<String> staffToken =
                ShioriClient.staff(baseUri(deploymentUrl)).get("api/v1/me/basket");
        assertEquals(401, staffToken.statusCode(), "a staff token is not a patron's");
        JsonArray still = array(library.list(alice));
        assertFalse(still.isEmpty());
    }
}
