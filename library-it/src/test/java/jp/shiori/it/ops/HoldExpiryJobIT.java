package jp.shiori.it.ops;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.shiori.it.Mailbox;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.TestDatabase;
import jp.shiori.it.circulation.LibraryFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hold-expiry job, started as the hold shelf's staff start it (POST /holds/expiry): a hold past its week is
 * cancelled and its copy goes to the next patron, who is mailed; a hold on its deadline day stays.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldExpiryJobIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient staff;
    private LibraryFixtures library;
    private final Mailbox mailbox = new Mailbox();

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        staff = ShioriClient.staff(base);
        library = new LibraryFixtures(staff);
        mailbox.start();
    }

    @AfterEach
    void tearDown() {
        mailbox.stop();
    }

    @Test
    void aHoldPastItsWeekIsCancelledAndTheCopyGoesToTheNextPatronWithHerMail() throws Exception {
        LibraryFixtures.Title title = library.title("取置期限のテスト " + ShioriClient.uniqueWord(), "west", 1, true);
        LibraryFixtures.Patron first = library.patron("期限 切れ子");
        LibraryFixtures.Patron next = library.patron("次 待子");
        String nextAddress = Mailbox.uniqueAddress();
        verifiedAddress(next, nextAddress);
        place(library.token(first), title.id(), "NONE");
        place(library.token(next), title.id(), "EMAIL");
        pull(title.barcodes().get(0));
        long trapped = holdOf(title.id(), "READY");
        TestDatabase.update("update hold set deadline = ? where id = ?", TODAY.minusDays(1), trapped);

        LibraryFixtures.Title onItsDay = library.title("期限当日のテスト " + ShioriClient.uniqueWord(), "west", 1, true);
        place(library.token(library.patron("当日 受取")), onItsDay.id(), "NONE");
        pull(onItsDay.barcodes().get(0));
        long today = holdOf(onItsDay.id(), "READY");
        TestDatabase.update("update hold set deadline = ? where id = ?", TODAY, today);

        HttpResponse<String> started = staff.postJson("api/v1/holds/expiry", "");
        assertEquals(202, started.statusCode(), started.body());
        long execution = object(started).getJsonNumber("executionId").longValue();
        JsonObject run =
                staff.await("api/v1/ops/executions/" + execution, e -> !OpsApiIT.running(e), Duration.ofSeconds(60));
        assertEquals("COMPLETED", run.getString("status"), run.toString());

        List<JsonObject> queue =
                array(staff.get("api/v1/holds?title=" + title.id())).getValuesAs(JsonObject.class);
        assertEquals(1, queue.size(), "the expired hold left the queue: " + queue);
        assertEquals("READY", queue.get(0).getString("status"), "the next patron's hold has the copy");
        assertEquals("EXPIRED", TestDatabase.queryString("select status from hold where id = ?", trapped));
        assertEquals(
                "READY",
                TestDatabase.queryString("select status from hold where id = ?", today),
                "never on its deadline day");
        assertTrue(Mailbox.body(mailbox.awaitDelivery(nextAddress)).contains("取置期限"));
    }

    private void verifiedAddress(LibraryFixtures.Patron patron, String address) {
        assertEquals(
                1,
                TestDatabase.update(
                        "update patron set email = ?, email_verified = true where card_number = ?",
                        address,
                        patron.card()));
    }

    private void place(String token, long titleId, String contact) {
        String json = "{\"titleIds\":[" + titleId + "],\"type\":\"NORMAL\",\"contact\":\"" + contact
                + "\",\"pickupBranch\":\"west\",\"confirmationMail\":false}";
        HttpResponse<String> placed = staff.send(HttpRequest.newBuilder(base.resolve("api/v1/me/holds"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        assertEquals(201, placed.statusCode(), placed.body());
    }

    private void pull(String barcode) {
        HttpResponse<String> pulled =
                staff.postJson("api/v1/holds/pulls", "{\"barcode\":\"" + barcode + "\",\"branchCode\":\"west\"}");
        assertEquals(200, pulled.statusCode(), pulled.body());
    }

    private long holdOf(long titleId, String status) {
        return array(staff.get("api/v1/holds?title=" + titleId)).getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("status").equals(status))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }
}
