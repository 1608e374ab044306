package jp.shiori.it.staff;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Patrons at the counter through the staff API: find, change, renew the card, block, set the password. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPatronApiIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient desk;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        desk = ShioriClient.newStaff(base, "PATRONS");
    }

    private long register(String card, String kana, LocalDate renewal) {
        HttpResponse<String> response =
                desk.postJson("api/v1/patrons", """
                {"cardNumber":"%s","name":"窓口 登録","nameKana":"%s","phone":"0154-22-%s","category":"ADULT","cardRenewalDate":"%s"}""".formatted(card, kana, card.substring(card.length() - 4), renewal));
        assertEquals(201, response.statusCode(), response.body());
        return object(response).getJsonNumber("id").longValue();
    }

    private static String digits() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    @Test
    void aPatronIsFoundByTheCardAsTypedByTheReadingAndByThePhone() {
        String card = digits();
        String kana = "ケンサク" + card.substring(0, 4);
        long id = register("A" + card, kana, TODAY.plusYears(1));
        String fullWidth = card.chars()
                .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);

        for (String query :
                new String[] {card, "A" + card, fullWidth, kana.substring(0, 6), "0154-22-" + card.substring(6)}) {
            JsonObject first = array(desk.get("api/v1/patrons?q=" + ShioriClient.encode(query)))
                    .getJsonObject(0);
            assertEquals(id, first.getJsonNumber("id").longValue(), query);
        }
        assertEquals(
                0,
                array(desk.get("api/v1/patrons?q=" + ShioriClient.encode("%' or 1=1 --")))
                        .size());
        assertEquals(
                0,
                array(desk.get("api/v1/patrons?q=" + ShioriClient.encode("%"))).size(),
                "a wildcard is a character");
    }

    @Test
    void aChangeMadeOnAStaleCopyIsRefusedAndChangesNothing() {
        long id = register(digits(), "ヘンコウ", TODAY.plusYears(1));
        JsonObject read = object(desk.get("api/v1/patrons/" + id));
        long version = read.getJsonNumber("version").longValue();
        HttpResponse<String> first = desk.putJson("api/v1/patrons/" + id, """
                {"name":"窓口 変更","address":"釧路市幣舞町4-28","email":"henkou@example.jp","category":"SENIOR","version":%d}""".formatted(version));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("SENIOR", object(first).getString("category"));
        assertFalse(object(first).getBoolean("emailVerified"), "an address typed by staff is unverified");

        HttpResponse<String> stale = desk.putJson("api/v1/patrons/" + id, """
                {"name":"古い 画面","category":"CHILD","version":%d}""".formatted(version));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("窓口 変更", object(desk.get("api/v1/patrons/" + id)).getString("name"));
    }

    @Test
    void anExpiredCardRenewedAtTheCounterWorksForAYearFromToday() {
        String card = digits();
        long id = register(card, "コウシン", TODAY.minusDays(10));
        HttpResponse<String> password = desk.putJson(
                "api/v1/patrons/" + id + "/password",
                "{\"password\":\"kushiro-renew\",\"passwordAgain\":\"kushiro-renew\"}");
        assertEquals(204, password.statusCode(), password.body());
        HttpResponse<String> refused = new ShioriClient(base)
                .postJson("api/v1/auth/token", "{\"card\":\"" + card + "\",\"password\":\"kushiro-renew\"}");
        assertEquals("card-expired", object(refused).getString("code"));

        JsonObject renewed = object(desk.postJson("api/v1/patrons/" + id + "/card-renewal", ""));
        assertEquals(TODAY.plusYears(1).toString(), renewed.getString("cardRenewalDate"));
        assertEquals("VALID", renewed.getString("standing"));
        assertEquals(
                200,
                new ShioriClient(base)
                        .postJson("api/v1/auth/token", "{\"card\":\"" + card + "\",\"password\":\"kushiro-renew\"}")
                        .statusCode());
    }

    @Test
    void aPasswordSetAtTheCounterUnlocksALockedCardAndBadOnesAreRefused() {
        String card = digits();
        long id = register(card, "ロック", TODAY.plusYears(1));
        assertEquals(
                204,
                desk.putJson(
                                "api/v1/patrons/" + id + "/password",
                                "{\"password\":\"first-pass\",\"passwordAgain\":\"first-pass\"}")
                        .statusCode());
        for (int i = 0; i < 5; i++) {
            new ShioriClient(base)
                    .postJson("api/v1/auth/token", "{\"card\":\"" + card + "\",\"password\":\"wrong-" + i + "\"}");
        }
        assertTrue(object(desk.get("api/v1/patrons/" + id)).getBoolean("loginLocked"));

        HttpResponse<String> mismatch = desk.putJson(
                "api/v1/patrons/" + id + "/password",
                "{\"password\":\"second-pass\",\"passwordAgain\":\"second-pasz\"}");
        assertEquals(400, mismatch.statusCode());
        assertTrue(object(mismatch).getString("detail").contains("password-mismatch"));
        HttpResponse<String> theCard = desk.putJson(
                "api/v1/patrons/" + id + "/password",
                "{\"password\":\"" + card + "\",\"passwordAgain\":\"" + card + "\"}");
        assertTrue(object(theCard).getString("detail").contains("password-same-as-card"));
        assertTrue(object(desk.get("api/v1/patrons/" + id)).getBoolean("loginLocked"), "refusals change nothing");

        assertEquals(
                204,
                desk.putJson(
                                "api/v1/patrons/" + id + "/password",
                                "{\"password\":\"second-pass\",\"passwordAgain\":\"second-pass\"}")
                        .statusCode());
        assertFalse(object(desk.get("api/v1/patrons/" + id)).getBoolean("loginLocked"));
        assertEquals(
                200,
                new ShioriClient(base)
                        .postJson("api/v1/auth/token", "{\"card\":\"" + card + "\",\"password\":\"second-pass\"}")
                        .statusCode());
    }

    @Test
    void blocksNeedAReasonAndEveryActionIsInTheAuditLogUnderTheStaffMembersName() {
        long id = register(digits(), "テイシ", TODAY.plusYears(1));
        assertEquals(
                400,
                desk.putJson("api/v1/patrons/" + id + "/block", "{\"reason\":\" \"}")
                        .statusCode());
        JsonObject blocked = object(desk.putJson("api/v1/patrons/" + id + "/block", "{\"reason\":\"延滞資料の未返却\"}"));
        assertTrue(blocked.getBoolean("blocked"));
        assertEquals("延滞資料の未返却", blocked.getString("blockReason"));
        assertFalse(object(desk.delete("api/v1/patrons/" + id + "/block")).getBoolean("blocked"));

        String log =
                ShioriClient.staff(base).get("api/v1/audit?who=patron:" + id).body();
        for (String action : new String[] {"patron-registered", "patron-blocked", "patron-unblocked"}) {
            assertTrue(log.contains(action), action + " in " + log);
        }
        assertTrue(log.contains("\"actor\":\"staff:staff-"), "the acting staff member is named: " + log);
        assertEquals(404, desk.get("api/v1/patrons/999999999").statusCode());
    }
}
