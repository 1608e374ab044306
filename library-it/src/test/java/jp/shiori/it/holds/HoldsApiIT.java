package jp.shiori.it.holds;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.circulation.LibraryFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 予約 through REST: placing, the queue, refusals, trapping at check-in, transit, the hold-shelf room, pulls. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldsApiIT extends ShioriDeployment {

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient staff;
    private ShioriClient desk;
    private LibraryFixtures library;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        staff = ShioriClient.staff(base);
        desk = ShioriClient.newStaff(base, "CIRCULATION");
        library = new LibraryFixtures(staff);
    }

    private HttpResponse<String> place(String token, String json) {
        return staff.send(HttpRequest.newBuilder(base.resolve("api/v1/me/holds"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static String placement(String branch, String station, long... titles) {
        StringBuilder ids = new StringBuilder();
        for (long t : titles) {
            ids.append(ids.length() == 0 ? "" : ",").append(t);
        }
        return "{\"titleIds\":[" + ids + "],\"type\":\"NORMAL\",\"contact\":\"NONE\",\"pickupBranch\":\"" + branch
                + "\"" + (station == null ? "" : ",\"pickupStation\":\"" + station + "\"")
                + ",\"confirmationMail\":false}";
    }

    private JsonArray holds(String token) {
        return array(library.asPatron(token, "GET", "api/v1/me/holds"));
    }

    private JsonObject holdOn(String token, long titleId) {
        return holds(token).stream()
                .map(v -> v.asJsonObject())
                .filter(h -> h.getJsonNumber("titleId").longValue() == titleId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hold on " + titleId + " in " + holds(token)));
    }

    @Test
    void twoPatronsQueueForATitleAtABookmobileStopAndTheSecondMovesUpWhenTheFirstCancels() {
        LibraryFixtures.Title title = library.title("銀河鉄道の夜", "central", 1, true);
        String first = library.token(library.patron("予約 一郎"));
        String second = library.token(library.patron("予約 二郎"));

        HttpResponse<String> placed = place(first, placement("bookmobile", "stop-03", title.id()));
        assertEquals(201, placed.statusCode(), placed.body());
        assertEquals(
                201, place(second, placement("central", "counter", title.id())).statusCode());

        JsonObject mine = holdOn(first, title.id());
        assertEquals("WAITING", mine.getString("status"));
        assertEquals(1, mine.getInt("queuePosition"));
        assertEquals("stop-03", mine.getString("pickupStation"));
        assertTrue(mine.getJsonObject("pickupName").getString("ja").contains("つくばエクスプレス"), mine.toString());
        assertEquals(2, holdOn(second, title.id()).getInt("queuePosition"));

        long id = mine.getJsonNumber("id").longValue();
        assertEquals(
                404, library.asPatron(second, "DELETE", "api/v1/me/holds/" + id).statusCode(), "not your hold");
        assertEquals(
                204, library.asPatron(first, "DELETE", "api/v1/me/holds/" + id).statusCode());
        assertEquals("CANCELLED", holdOn(first, title.id()).getString("status"));
        assertEquals("PATRON_CANCELLED", holdOn(first, title.id()).getString("endReasonCode"), "a code, not words");
        assertEquals(1, holdOn(second, title.id()).getInt("queuePosition"));
    }

    @Test
    void refusedPlacementsSayWhyForEveryTitleAndStoreNothing() {
        String token = library.token(library.patron("予約 拒否"));
        long reference = library.title("郷土資料", "central", 1, false).id();
        long fine = library.title("普通の本", "central", 1, true).id();

        HttpResponse<String> refused = place(token, placement("central", "counter", fine, reference));
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("hold-refused", object(refused).getString("code"));
        assertTrue(
                object(refused).getJsonArray("errors").toString().contains("hold-no-loanable-copy:" + reference),
                refused.body());
        assertEquals(0, holds(token).size(), "all or none: the holdable title was not held either");

        for (String forged : List.of(
                placement("bookmobile", "counter", fine),
                placement("west", "counter", fine),
                placement("central", null, fine),
                placement("nowhere", null, fine),
                "{\"titleIds\":[" + fine + "],\"type\":\"ANY_N\",\"wanted\":1,\"pickupBranch\":\"west\"}",
                "{\"titleIds\":[" + fine + "],\"contact\":\"EMAIL\",\"pickupBranch\":\"west\"}")) {
            HttpResponse<String> response = place(token, forged);
            assertEquals(422, response.statusCode(), forged + " → " + response.body());
        }
        assertEquals(0, holds(token).size());

        assertEquals(201, place(token, placement("west", null, fine)).statusCode());
        HttpResponse<String> again = place(token, placement("west", null, fine));
        assertTrue(object(again).getJsonArray("errors").toString().contains("hold-already-held"), again.body());
        assertEquals(1, holds(token).size());
    }

    @Test
    void aReturnedCopyGoesInTransitToThePickupBranchAndIsReadyThereForAWeekOnlyForThatPatron() {
        LibraryFixtures.Title title = library.title("風の又三郎", "central", 1, true);
        LibraryFixtures.Patron reader = library.patron("借りている 人");
        LibraryFixtures.Patron waiter = library.patron("待っている 人");
        String barcode = title.barcodes().get(0);
        assertEquals(201, library.checkout(reader.card(), barcode).statusCode());
        String token = library.token(waiter);
        assertEquals(201, place(token, placement("west", null, title.id())).statusCode());
        String renewal = library.asPatron(library.token(reader), "GET", "api/v1/me/loans")
                .body();
        assertTrue(renewal.contains("HELD_BY_ANOTHER"), "the reader sees 延長不可: " + renewal);

        JsonObject checkin = object(library.checkin(barcode, "central"));
        assertEquals("TRANSIT", checkin.getString("disposition"), checkin.toString());
        assertEquals("IN_TRANSIT", holdOn(token, title.id()).getString("status"));

        HttpResponse<String> wrongBranch =
                desk.postJson("api/v1/holds/receipts", "{\"barcode\":\"" + barcode + "\",\"branchCode\":\"east\"}");
        assertEquals(409, wrongBranch.statusCode(), wrongBranch.body());
        JsonObject received = object(
                desk.postJson("api/v1/holds/receipts", "{\"barcode\":\"" + barcode + "\",\"branchCode\":\"west\"}"));
        assertEquals("READY", received.getString("status"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assertEquals(
                today.plusDays(7).toString(),
                received.getString("deadline"),
                "no closed days at west in the test calendar");
        assertTrue(desk.get("api/v1/holds/shelf?branch=west").body().contains(barcode));

        HttpResponse<String> other = library.checkout(reader.card(), barcode);
        assertEquals(409, other.statusCode(), other.body());
        assertEquals("item-held", object(other).getString("code"));
        assertEquals(201, library.checkout(waiter.card(), barcode).statusCode());
        assertEquals("FULFILLED", holdOn(token, title.id()).getString("status"));
    }

    @Test
    void theHoldShelfRoomGivesEachCopyItsOwnSlotAndThePullListTrapsAShelfCopy() {
        LibraryFixtures.Title title = library.title("セロ弾きのゴーシュ", "central", 2, true);
        String first = library.token(library.patron("取置 一"));
        String second = library.token(library.patron("取置 二"));
        assertEquals(
                201,
                place(first, placement("central", "hold-shelf-room", title.id()))
                        .statusCode());
        assertEquals(
                201,
                place(second, placement("central", "hold-shelf-room", title.id()))
                        .statusCode());

        String pullList = desk.get("api/v1/holds/pull-list?branch=central").body();
        assertTrue(
                pullList.contains(title.barcodes().get(0))
                        && pullList.contains(title.barcodes().get(1)),
                pullList);
        JsonObject a = object(desk.postJson(
                "api/v1/holds/pulls", "{\"barcode\":\"" + title.barcodes().get(0) + "\",\"branchCode\":\"central\"}"));
        JsonObject b = object(desk.postJson(
                "api/v1/holds/pulls", "{\"barcode\":\"" + title.barcodes().get(1) + "\",\"branchCode\":\"central\"}"));
        assertEquals("READY", a.getString("status"));
        assertNotEquals(a.getString("shelfSlot"), b.getString("shelfSlot"));
        assertNotEquals(a.getJsonNumber("holdId"), b.getJsonNumber("holdId"), "two copies, two different holds");
        assertEquals(a.getString("shelfSlot"), holdOn(first, title.id()).getString("shelfSlot"));

        HttpResponse<String> none = desk.postJson(
                "api/v1/holds/pulls", "{\"barcode\":\"" + title.barcodes().get(0) + "\",\"branchCode\":\"central\"}");
        assertEquals(409, none.statusCode(), "a copy set aside is not on the shelf any more");
        HttpResponse<String> trapped = library.asPatron(
                first, "DELETE", "api/v1/me/holds/" + holdOn(first, title.id()).getJsonNumber("id"));
        assertEquals(409, trapped.statusCode(), "a trapped hold is cancelled at the counter or by phone");
        assertTrue(object(trapped).getJsonArray("errors").toString().contains("hold-already-trapped"));
    }

    @Test
    void staffPlaceAtTheCounterThePatronCannotCancelItStaffCanAndACataloguerMayNot() {
        LibraryFixtures.Patron patron = library.patron("窓口 予約");
        long titleId = library.title("注文の多い料理店", "central", 1, true).id();
        HttpResponse<String> counter = desk.postJson(
                "api/v1/holds",
                "{\"card\":\"" + patron.card() + "\",\"placement\":" + placement("akan", null, titleId) + "}");
        assertEquals(201, counter.statusCode(), counter.body());
        long id = array(counter).getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(array(counter).getJsonObject(0).getBoolean("counterRequested"));

        String token = library.token(patron);
        HttpResponse<String> refused = library.asPatron(token, "DELETE", "api/v1/me/holds/" + id);
        assertEquals(409, refused.statusCode());
        assertTrue(object(refused).getJsonArray("errors").toString().contains("hold-counter-requested"));
        assertEquals(
                403,
                ShioriClient.newStaff(base, "CATALOG")
                        .postJson("api/v1/holds/" + id + "/cancellation", "{\"reason\":\"電話で取消\"}")
                        .statusCode());
        assertEquals(
                400,
                desk.postJson("api/v1/holds/" + id + "/cancellation", "{\"reason\":\"\"}")
                        .statusCode());
        assertEquals(
                200,
                desk.postJson("api/v1/holds/" + id + "/cancellation", "{\"reason\":\"電話で取消\"}")
                        .statusCode());
        assertEquals("電話で取消", holdOn(token, titleId).getString("endReason"));
        assertEquals("STAFF_CANCELLED", holdOn(token, titleId).getString("endReasonCode"));
    }

    @Test
    void aHoldOnATitleWithACopyOnTheShelfDoesNotStopAWalkInLoan() {
        LibraryFixtures.Title title = library.title("どんぐりと山猫", "central", 1, true);
        String waiting = library.token(library.patron("予約 だけ"));
        assertEquals(201, place(waiting, placement("west", null, title.id())).statusCode());
        LibraryFixtures.Patron walkIn = library.patron("来館 者");

        HttpResponse<String> loan =
                library.checkout(walkIn.card(), title.barcodes().get(0));
        assertEquals(201, loan.statusCode(), "来館されている方の貸出が優先: " + loan.body());
        assertEquals("WAITING", holdOn(waiting, title.id()).getString("status"), "the hold waits for the return");
        assertEquals(1, holdOn(waiting, title.id()).getInt("queuePosition"));
    }
}
