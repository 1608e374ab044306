package jp.shiori.it.booklist;

import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.circulation.LibraryFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ブックリスト through /api/v1/me/booklist on a real Payara: first use, the opt-in boundary of 自動登録 with loans made
 * at the desk, one entry per renewed loan, the return date, deleting, and another patron's ids answering 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookListApiIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient staff;
    private LibraryFixtures library;

    @BeforeEach
    void setUp() {
        staff = ShioriClient.staff(baseUri(deploymentUrl));
        library = new LibraryFixtures(staff);
    }

    private PatronCalls patron(LibraryFixtures.Patron patron) {
        return new PatronCalls(baseUri(deploymentUrl), library.token(patron));
    }

    private static String nickname() {
        return "読書家" + ShioriClient.uniqueWord().substring(0, 8);
    }

    private static void started(PatronCalls me, String nickname) {
        HttpResponse<String> started = me.put(
                "api/v1/me/booklist", "{\"nickname\":\"" + nickname + "\",\"termsVersion\":1,\"acceptTerms\":true}");
        assertEquals(200, started.statusCode(), started.body());
    }

    private static Map<String, JsonObject> entriesByTitle(PatronCalls me) {
        HttpResponse<String> page = me.get("api/v1/me/booklist/entries?size=200");
        assertEquals(200, page.statusCode(), page.body());
        return object(page).getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("title"), e -> e, (a, b) -> a));
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains(reason), response.body());
    }

    @Test
    void nothingWorksBeforeANicknameAndTheTermsAndBadNicknamesAreRefused() {
        PatronCalls me = patron(library.patron("初回 花子"));
        assertEquals(404, me.get("api/v1/me/booklist").statusCode());
        assertRefused(me.get("api/v1/me/booklist/entries"), 422, "booklist-not-started");
        assertRefused(me.put("api/v1/me/booklist/settings", "{\"autoRegister\":true}"), 422, "booklist-not-started");

        assertRefused(
                me.put("api/v1/me/booklist", "{\"nickname\":\"\",\"termsVersion\":1,\"acceptTerms\":true}"),
                422,
                "nickname-empty");
        assertRefused(
                me.put(
                        "api/v1/me/booklist",
                        "{\"nickname\":\"" + "栞".repeat(200) + "\",\"termsVersion\":1,\"acceptTerms\":true}"),
                422,
                "nickname-too-long");
        assertRefused(
                me.put("api/v1/me/booklist", "{\"nickname\":\"a\\nb\",\"termsVersion\":1,\"acceptTerms\":true}"),
                422,
                "nickname-control");
        String nickname = "Kushiro" + ShioriClient.uniqueWord().substring(0, 6).toLowerCase();
        assertRefused(
                me.put(
                        "api/v1/me/booklist",
                        "{\"nickname\":\"" + nickname + "\",\"termsVersion\":1,\"acceptTerms\":false}"),
                422,
                "terms-not-accepted");
        assertRefused(
                me.put(
                        "api/v1/me/booklist",
                        "{\"nickname\":\"" + nickname + "\",\"termsVersion\":0,\"acceptTerms\":true}"),
                422,
                "terms-not-accepted");
        assertEquals(404, me.get("api/v1/me/booklist").statusCode(), "nothing was stored");

        started(me, nickname);
        JsonObject profile = object(me.get("api/v1/me/booklist"));
        assertEquals(nickname, profile.getString("nickname"));
        assertTrue(profile.getBoolean("termsCurrent"));
        assertFalse(profile.getBoolean("autoRegister"), "off by default");

        PatronCalls other = patron(library.patron("二番 太郎"));
        String fullWidthUpper = nickname.toUpperCase()
                .chars()
                .mapToObj(c -> String.valueOf((char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c)))
                .collect(Collectors.joining());
        assertEquals(
                "{\"available\":false}",
                other.get("api/v1/me/booklist/nickname?nickname=" + ShioriClient.encode(fullWidthUpper))
                        .body());
        assertRefused(
                other.put(
                        "api/v1/me/booklist",
                        "{\"nickname\":\"" + fullWidthUpper + "\",\"termsVersion\":1,\"acceptTerms\":true}"),
                409,
                "nickname-taken");
        assertEquals(
                "{\"available\":true}",
                me.get("api/v1/me/booklist/nickname?nickname=" + ShioriClient.encode(fullWidthUpper))
                        .body(),
                "one's own nickname is free to oneself");
    }

    @Test
    void loansFromTheOptInAreRecordedOnceWithTheirReturnAndItemsReturnedBeforeAreNot() {
        LibraryFixtures.Patron card = library.patron("自動 登録子");
        PatronCalls me = patron(card);
        started(me, nickname());
        String before = library.copy("返却済みの本");
        String open = library.copy("借りている本");
        String after = library.copy("設定後の本");
        String untouched = library.copy("自動登録をやめた後の本");
        assertEquals(201, library.checkout(card.card(), before).statusCode());
        assertEquals(200, library.checkin(before, "central").statusCode());
        assertEquals(201, library.checkout(card.card(), open).statusCode());
        assertTrue(entriesByTitle(me).isEmpty(), "nothing is added while 自動登録 is off");

        HttpResponse<String> on = me.put("api/v1/me/booklist/settings", "{\"autoRegister\":true}");
        assertEquals(200, on.statusCode(), on.body());
        assertTrue(object(on).getBoolean("autoRegister"));
        assertEquals(201, library.checkout(card.card(), after).statusCode());

        Map<String, JsonObject> entries = entriesByTitle(me);
        assertEquals(2, entries.size(), entries.toString());
        assertFalse(entries.containsKey("返却済みの本"), "returned before the opt-in: not in the history");
        assertTrue(entries.containsKey("借りている本"), "on loan at the opt-in: taken");
        assertTrue(entries.get("設定後の本").containsKey("borrowedAt"));
        assertFalse(entries.get("設定後の本").containsKey("returnedAt"));

        String token = library.token(card);
        long loanId = ShioriClient.array(library.asPatron(token, "GET", "api/v1/me/loans")).stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getString("barcode").equals(after))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                library.asPatron(token, "POST", "api/v1/me/loans/" + loanId + "/renewal")
                        .statusCode());
        assertEquals(200, library.checkin(after, "central").statusCode());
        entries = entriesByTitle(me);
        assertEquals(2, entries.size(), "a renewed loan is one entry: " + entries);
        assertTrue(entries.get("設定後の本").containsKey("returnedAt"), "the return date is filled in");

        assertEquals(
                200,
                me.put("api/v1/me/booklist/settings", "{\"autoRegister\":false}")
                        .statusCode());
        assertEquals(201, library.checkout(card.card(), untouched).statusCode());
        assertEquals(2, entriesByTitle(me).size(), "turning it off stops adding");
    }

    @Test
    void marksCategoriesMemoAndRatingWithTheirLimitsAndTheExport() {
        PatronCalls me = patron(library.patron("分類 好子"));
        started(me, nickname());
        long title = library.title("お菓子作りの本", "central", 1, true).id();
        HttpResponse<String> want =
                me.post("api/v1/me/booklist/entries", "{\"titleId\":" + title + ",\"status\":\"WANT_TO_READ\"}");
        assertEquals(200, want.statusCode(), want.body());
        long entry = object(want).getJsonNumber("id").longValue();
        assertEquals("WANT_TO_READ", object(want).getString("status"));
        HttpResponse<String> again = me.post("api/v1/me/booklist/entries", "{\"titleId\":" + title + "}");
        assertEquals(entry, object(again).getJsonNumber("id").longValue(), "a title is in the list once");
        assertEquals("WANT_TO_READ", object(again).getString("status"), "ブックリストに登録 keeps what it had");
        assertRefused(me.post("api/v1/me/booklist/entries", "{\"titleId\":999999999}"), 404, "not-found");

        HttpResponse<String> made = me.post("api/v1/me/booklist/categories", "{\"name\":\"お菓子作り\"}");
        assertEquals(201, made.statusCode(), made.body());
        long category = object(made).getJsonNumber("id").longValue();
        assertRefused(me.post("api/v1/me/booklist/categories", "{\"name\":\"お菓子作り\"}"), 409, "category-exists");
        assertRefused(me.post("api/v1/me/booklist/categories", "{\"name\":\"\"}"), 422, "category-name");

        HttpResponse<String> changed = me.put(
                "api/v1/me/booklist/entries/" + entry,
                "{\"status\":\"READ\",\"categoryId\":" + category + ",\"memo\":\"<b>おいしい</b>\",\"rating\":5}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("お菓子作り", object(changed).getString("categoryName"));
        assertEquals("<b>おいしい</b>", object(changed).getString("memo"), "kept as typed (screens escape it)");
        // Out of range for the contract (Bean Validation on the service): a bad request naming the field.
        HttpResponse<String> nine = me.put("api/v1/me/booklist/entries/" + entry, "{\"status\":\"READ\",\"rating\":9}");
        assertRefused(nine, 400, "bad-request");
        assertTrue(nine.body().contains("rating"), nine.body());
        HttpResponse<String> longMemo = me.put(
                "api/v1/me/booklist/entries/" + entry, "{\"status\":\"READ\",\"memo\":\"" + "あ".repeat(401) + "\"}");
        assertRefused(longMemo, 400, "bad-request");
        assertTrue(longMemo.body().contains("memo"), longMemo.body());
        assertEquals(5, object(me.get("api/v1/me/booklist/entries/" + entry)).getInt("rating"), "nothing changed");

        assertEquals(
                1,
                object(me.get("api/v1/me/booklist/entries?status=READ&category=" + category))
                        .getInt("total"));
        assertEquals(
                0,
                object(me.get("api/v1/me/booklist/entries?status=WANT_TO_READ")).getInt("total"));

        HttpResponse<String> csv = me.get("api/v1/me/booklist/export");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFタイトル,ヨミ,著者,ISBN,貸出日,返却日,状態,カテゴリ,メモ,評価"), csv.body());
        assertTrue(csv.body().contains("お菓子作りの本,") && csv.body().contains(",読了,お菓子作り,<b>おいしい</b>,5"), csv.body());

        assertEquals(204, me.delete("api/v1/me/booklist/categories/" + category).statusCode());
        JsonObject kept = object(me.get("api/v1/me/booklist/entries/" + entry));
        assertFalse(kept.containsKey("categoryId"), "the entry stays, uncategorised: " + kept);

        for (int i = 0; i < 50; i++) {
            assertEquals(
                    201,
                    me.post("api/v1/me/booklist/categories", "{\"name\":\"棚" + i + "\"}")
                            .statusCode());
        }
        assertRefused(me.post("api/v1/me/booklist/categories", "{\"name\":\"五十一番目\"}"), 422, "category-limit");
    }

    @Test
    void anotherPatronsEntryOrCategoryIsNotFoundAndStaffSeeNoBookList() {
        PatronCalls owner = patron(library.patron("持ち主 一子"));
        started(owner, nickname());
        long title = library.title("秘密の本", "central", 1, true).id();
        long entry = object(owner.post("api/v1/me/booklist/entries", "{\"titleId\":" + title + ",\"status\":\"READ\"}"))
                .getJsonNumber("id")
                .longValue();
        long category = object(owner.post("api/v1/me/booklist/categories", "{\"name\":\"内緒\"}"))
                .getJsonNumber("id")
                .longValue();

        PatronCalls other = patron(library.patron("他人 二郎"));
        started(other, nickname());
        long own = object(other.post("api/v1/me/booklist/entries", "{\"titleId\":" + title + "}"))
                .getJsonNumber("id")
                .longValue();
        assertEquals(404, other.get("api/v1/me/booklist/entries/" + entry).statusCode());
        assertEquals(
                404,
                other.put("api/v1/me/booklist/entries/" + entry, "{\"status\":\"NONE\"}")
                        .statusCode());
        assertEquals(404, other.delete("api/v1/me/booklist/entries/" + entry).statusCode());
        assertEquals(
                404,
                other.put("api/v1/me/booklist/categories/" + category, "{\"name\":\"盗み見\"}")
                        .statusCode());
        assertEquals(
                404, other.delete("api/v1/me/booklist/categories/" + category).statusCode());
        assertEquals(
                404,
                other.put("api/v1/me/booklist/entries/" + own, "{\"status\":\"READ\",\"categoryId\":" + category + "}")
                        .statusCode(),
                "another patron's category");
        assertEquals(
                "READ", object(owner.get("api/v1/me/booklist/entries/" + entry)).getString("status"));
        assertEquals(1, owner.get("api/v1/me/booklist/categories").body().split("内緒", -1).length - 1);

        assertEquals(401, staff.get("api/v1/me/booklist").statusCode(), "a staff token is no patron");
        assertEquals(401, staff.get("api/v1/me/booklist/entries").statusCode());
    }

    @Test
    void theBookListIsNotOfferedAtAnOpacTerminal() {
        PatronCalls me = patron(library.patron("館内 端末子"));
        started(me, nickname());
        HttpResponse<String> atTerminal = me.send("GET", "api/v1/me/booklist/entries", null, "shiori-opac-terminal=1");
        assertRefused(atTerminal, 403, "forbidden");
        assertRefused(
                me.send("PUT", "api/v1/me/booklist/settings", "{\"autoRegister\":true}", "shiori-opac-terminal=1"),
                403,
                "forbidden");
        assertFalse(object(me.get("api/v1/me/booklist")).getBoolean("autoRegister"), "nothing changed");
        assertEquals(200, me.get("api/v1/me/booklist/entries").statusCode(), "at home it works");
    }

    @Test
    void thePatronDeletesTheWholeHistoryAndThenTheBookList() {
        LibraryFixtures.Patron card = library.patron("削除 三子");
        PatronCalls me = patron(card);
        started(me, nickname());
        assertEquals(
                200,
                me.put("api/v1/me/booklist/settings", "{\"autoRegister\":true}").statusCode());
        assertEquals(201, library.checkout(card.card(), library.copy("一冊目")).statusCode());
        assertEquals(201, library.checkout(card.card(), library.copy("二冊目")).statusCode());
        assertEquals(2, entriesByTitle(me).size());

        assertEquals(204, me.delete("api/v1/me/booklist/entries").statusCode());
        assertEquals(0, object(me.get("api/v1/me/booklist/entries")).getInt("total"));
        assertTrue(object(me.get("api/v1/me/booklist")).getBoolean("autoRegister"), "settings stay");

        assertEquals(204, me.delete("api/v1/me/booklist").statusCode());
        assertEquals(404, me.get("api/v1/me/booklist").statusCode());
        assertRefused(me.get("api/v1/me/booklist/entries"), 422, "booklist-not-started");
    }
}
