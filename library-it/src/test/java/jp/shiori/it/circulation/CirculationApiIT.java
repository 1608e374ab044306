package jp.shiori.it.circulation;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The desk's check-out and check-in and the patron's renewals through REST, on data each test makes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CirculationApiIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient client;
    private LibraryFixtures library;

    @BeforeEach
    void setUp() {
        client = ShioriClient.staff(baseUri(deploymentUrl));
        library = new LibraryFixtures(client);
    }

    private static JsonObject problem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = object(response);
        assertEquals(code, problem.getString("code"), response.body());
        return problem;
    }

    private JsonArray loans(String token) {
        HttpResponse<String> response = library.asPatron(token, "GET", "api/v1/me/loans");
        assertEquals(200, response.statusCode(), response.body());
        return array(response);
    }

    private JsonObject holding(String barcode, long titleId) {
        return object(client.get("api/v1/catalog/titles/" + titleId)).getJsonArray("holdings").stream()
                .map(v -> v.asJsonObject())
                .filter(h -> h.getString("barcode").equals(barcode))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anItemIsLentForTwoWeeksShowsOnLoanAndComesBackAtAnotherBranch() {
        LibraryFixtures.Patron patron = library.patron("貸出 一郎");
        String barcode = library.copy("返却期限の本");

        HttpResponse<String> lent = library.checkout(patron.card(), barcode);
        assertEquals(201, lent.statusCode(), lent.body());
        JsonObject loan = object(lent);
        assertEquals(TODAY.plusDays(14).toString(), loan.getString("dueOn"));
        assertEquals("返却期限の本", loan.getString("title"));

        JsonArray mine = loans(library.token(patron));
        assertEquals(1, mine.size());
        JsonObject shown = mine.getJsonObject(0);
        assertEquals(barcode, shown.getString("barcode"));
        assertEquals("central", shown.getString("branchCode"));
        assertEquals(0, shown.getInt("renewals"));
        assertTrue(shown.getJsonArray("renewalRefusals").isEmpty());
        assertEquals(TODAY.plusDays(28).toString(), shown.getString("renewalDueOn"));
        long titleId = shown.getJsonNumber("titleId").longValue();
        assertEquals("ON_LOAN", holding(barcode, titleId).getString("status"));

        HttpResponse<String> back = library.checkin(barcode, "west");
        assertEquals(200, back.statusCode(), back.body());
        assertEquals(0, object(back).getInt("overdueDays"));
        assertEquals("SHELF", object(back).getString("disposition"));
        assertEquals("AVAILABLE", holding(barcode, titleId).getString("status"));
        assertEquals(0, loans(library.token(patron)).size());
    }

    @Test
    void theSearchIndexFollowsALoanAndAReturnWithinSeconds() {
        String word = ShioriClient.uniqueWord();
        LibraryFixtures.Patron patron = library.patron("検索 七子");
        String barcode = library.copy("索引の本 " + word);
        String onTheShelf = "api/v1/catalog/search?available=true&q=" + word;
        client.await(onTheShelf, result -> result.getInt("total") == 1, java.time.Duration.ofSeconds(15));

        assertEquals(201, library.checkout(patron.card(), barcode).statusCode());
        client.await(onTheShelf, result -> result.getInt("total") == 0, java.time.Duration.ofSeconds(15));
        assertEquals(
                0,
                object(client.get("api/v1/catalog/search?q=" + word))
                        .getJsonArray("hits")
                        .getJsonObject(0)
                        .getInt("availableCopies"));

        assertEquals(200, library.checkin(barcode, "central").statusCode());
        client.await(onTheShelf, result -> result.getInt("total") == 1, java.time.Duration.ofSeconds(15));
    }

    @Test
    void badScansAreRefusedWithTheirReasonAndChangeNothing() {
        LibraryFixtures.Patron patron = library.patron("誤読 二郎");
        String barcode = library.copy("二度読みの本");
        String reference = library.copies("禁帯出の辞典", "central", 1, false).get(0);

        problem(library.checkout(patron.card(), "999999999999999"), 404, "not-found");
        problem(library.checkout("1234567", barcode), 404, "not-found");
        problem(library.checkout(patron.card(), "<script>"), 400, "bad-request");
        problem(library.checkout(patron.card(), reference), 422, "reference-only");
        problem(library.checkin(barcode, "central"), 409, "item-not-on-loan");
        problem(
                client.postJson(
                        "api/v1/circulation/checkouts",
                        "{\"card\":\"" + patron.card() + "\",\"barcode\":\"" + barcode
                                + "\",\"branchCode\":\"nowhere\"}"),
                404,
                "not-found");
        problem(
                client.postJson("api/v1/circulation/checkouts", "{\"card\":\"" + patron.card() + "\"}"),
                400,
                "bad-request");
        assertEquals(0, loans(library.token(patron)).size(), "nothing was lent");

        String fullWidth = barcode.chars()
                .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);
        assertEquals(
                201, library.checkout(patron.card(), fullWidth).statusCode(), "full-width digits are the same barcode");
        problem(library.checkout(patron.card(), barcode), 409, "item-on-loan");
        assertEquals(1, loans(library.token(patron)).size(), "the second scan of the same item changed nothing");
    }

    @Test
    void anExpiredCardIsRefusedAndTheTenthItemIsTheLimit() {
        LibraryFixtures.Patron expired = library.patron("期限 切子", TODAY.minusDays(1));
        List<String> barcodes = library.copies("たくさんの本", "central", 11, true);
        problem(library.checkout(expired.card(), barcodes.get(0)), 422, "card-expired");

        LibraryFixtures.Patron reader = library.patron("多読 三郎");
        for (int i = 0; i < 10; i++) {
            assertEquals(201, library.checkout(reader.card(), barcodes.get(i)).statusCode());
        }
        problem(library.checkout(reader.card(), barcodes.get(10)), 422, "loan-limit");
    }

    @Test
    void twoDesksLendingTheSameItemAtTheSameInstantMakeExactlyOneLoan() throws Exception {
        LibraryFixtures.Patron first = library.patron("同時 一子");
        LibraryFixtures.Patron second = library.patron("同時 二子");
        List<String> barcodes = library.copies("取り合いの本", "central", 8, true);
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            for (String barcode : barcodes) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<HttpResponse<String>>> scans = new ArrayList<>();
                for (LibraryFixtures.Patron patron : List.of(first, second)) {
                    scans.add(CompletableFuture.supplyAsync(
                            () -> {
                                await(together);
                                return library.checkout(patron.card(), barcode);
                            },
                            desks));
                }
                List<Integer> statuses = scans.stream()
                        .map(CompletableFuture::join)
                        .map(HttpResponse::statusCode)
                        .sorted()
                        .toList();
                assertEquals(
                        List.of(201, 409), statuses, "one desk lends " + barcode + ", the other is told it is on loan");
            }
        } finally {
            desks.shutdownNow();
        }
        assertEquals(
                barcodes.size(),
                loans(library.token(first)).size()
                        + loans(library.token(second)).size());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRenewalAddsTwoWeeksToTheDueDateOnceAndAReplayIsRefused() {
        LibraryFixtures.Patron patron = library.patron("延長 四郎");
        String barcode = library.copy("延長する本");
        library.checkout(patron.card(), barcode);
        String token = library.token(patron);
        long loanId = loans(token).getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> renewed = library.asPatron(token, "POST", "api/v1/me/loans/" + loanId + "/renewal");
        assertEquals(200, renewed.statusCode(), renewed.body());
        assertEquals(
                TODAY.plusDays(28).toString(),
                object(renewed).getString("dueOn"),
                "14 days from the due date, not from today");
        assertEquals(1, object(renewed).getInt("renewals"));
        assertEquals(
                "ALREADY_RENEWED",
                object(renewed).getJsonArray("renewalRefusals").getString(0));

        problem(library.asPatron(token, "POST", "api/v1/me/loans/" + loanId + "/renewal"), 422, "renewal-limit");
        assertEquals(
                TODAY.plusDays(28).toString(),
                loans(token).getJsonObject(0).getString("dueOn"),
                "the due date moved once");
    }

    @Test
    void aPatronCannotSeeOrRenewAnotherPatronsLoan() {
        LibraryFixtures.Patron owner = library.patron("本人 五郎");
        LibraryFixtures.Patron other = library.patron("他人 六郎");
        library.checkout(owner.card(), library.copy("他人の本"));
        String ownerToken = library.token(owner);
        long loanId = loans(ownerToken).getJsonObject(0).getJsonNumber("id").longValue();
        String otherToken = library.token(other);

        assertEquals(0, loans(otherToken).size());
        problem(library.asPatron(otherToken, "POST", "api/v1/me/loans/" + loanId + "/renewal"), 404, "not-found");
        assertEquals(
                401,
                library.asPatron("garbage", "POST", "api/v1/me/loans/" + loanId + "/renewal")
                        .statusCode());
        assertEquals(401, client.get("api/v1/me/loans").statusCode());
        JsonObject untouched = loans(ownerToken).getJsonObject(0);
        assertEquals(0, untouched.getInt("renewals"));
        assertEquals(TODAY.plusDays(14).toString(), untouched.getString("dueOn"));
    }
}
