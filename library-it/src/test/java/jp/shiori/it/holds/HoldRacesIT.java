package jp.shiori.it.holds;

import static jp.shiori.it.ShioriClient.array;
import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.circulation.LibraryFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many desks and patrons at once: the queue stays a queue and no copy is lost. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldRacesIT extends ShioriDeployment {

    private static final int PATRONS = 500;

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private ShioriClient desk;
    private LibraryFixtures library;

    @BeforeEach
    void setUp() {
        base = baseUri(deploymentUrl);
        desk = ShioriClient.newStaff(base, "CIRCULATION");
        library = new LibraryFixtures(ShioriClient.staff(base));
    }

    /** A patron registered without a web password (fast: nothing to hash); staff hold for them at the counter. */
    private String counterPatron() {
        String card = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        HttpResponse<String> response = ShioriClient.staff(base).postJson("api/v1/patrons", """
                {"cardNumber":"%s","name":"競争 %s","category":"ADULT","cardRenewalDate":"%s"}""".formatted(
                        card, card.substring(6), LocalDate.now().plusYears(1)));
        assertEquals(201, response.statusCode(), response.body());
        return card;
    }

    private HttpResponse<String> counterHold(String card, long titleId) {
        return desk.postJson(
                "api/v1/holds",
                "{\"card\":\"" + card + "\",\"placement\":{\"titleIds\":[" + titleId + "],\"pickupBranch\":\"east\"}}");
    }

    private static <T> List<T> all(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiveHundredPatronsHoldingOneTitleAtOnceGetPositionsOneToFiveHundred() throws Exception {
        long titleId = library.title("人気の本", "central", 1, true).id();
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < PATRONS; i++) {
            cards.add(counterPatron());
        }
        List<Callable<Integer>> tasks = cards.stream()
                .<Callable<Integer>>map(card -> () -> counterHold(card, titleId).statusCode())
                .toList();
        Instant start = Instant.now();
        List<Integer> statuses = all(50, tasks);
        Duration took = Duration.between(start, Instant.now());
        System.out.println(
                "HOLD-RACE: " + PATRONS + " holds on one title by 50 concurrent desks in " + took.toMillis() + " ms");
        assertTrue(statuses.stream().allMatch(s -> s == 201), "every placement succeeded: " + statuses);

        List<JsonObject> queue = array(desk.get("api/v1/holds?title=" + titleId)).stream()
                .map(v -> v.asJsonObject())
                .toList();
        assertEquals(PATRONS, queue.size());
        Set<Integer> positions = new TreeSet<>();
        queue.forEach(h -> positions.add(h.getInt("queuePosition")));
        assertEquals(PATRONS, positions.size(), "no duplicate position");
        assertEquals(1, ((TreeSet<Integer>) positions).first());
        assertEquals(PATRONS, ((TreeSet<Integer>) positions).last(), "no gap");
    }

    @Test
    void twoCopiesCheckedInAtOnceAreTrappedForTwoDifferentHolds() throws Exception {
        LibraryFixtures.Title title = library.title("二冊の本", "central", 2, true);
        LibraryFixtures.Patron reader = library.patron("二冊 読者");
        for (String barcode : title.barcodes()) {
            assertEquals(201, library.checkout(reader.card(), barcode).statusCode());
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(201, counterHold(counterPatron(), title.id()).statusCode());
        }
        List<JsonObject> checkins = all(
                2,
                title.barcodes().stream()
                        .<Callable<JsonObject>>map(b -> () -> object(library.checkin(b, "central")))
                        .toList());
        assertEquals(
                List.of("TRANSIT", "TRANSIT"),
                checkins.stream().map(c -> c.getString("disposition")).toList(),
                "both copies go to the east branch for two holds");
        HttpResponse<String> received = desk.postJson(
                "api/v1/holds/receipts", "{\"barcode\":\"" + title.barcodes().get(0) + "\",\"branchCode\":\"east\"}");
        HttpResponse<String> other = desk.postJson(
                "api/v1/holds/receipts", "{\"barcode\":\"" + title.barcodes().get(1) + "\",\"branchCode\":\"east\"}");
        assertNotEquals(object(received).getJsonNumber("holdId"), object(other).getJsonNumber("holdId"));
    }

    @Test
    void aCancelRacingATrapNeverLosesTheCopy() throws Exception {
        for (int round = 0; round < 5; round++) {
            LibraryFixtures.Title title = library.title("競合の本", "central", 1, true);
            String barcode = title.barcodes().get(0);
            LibraryFixtures.Patron reader = library.patron("競合 読者");
            assertEquals(201, library.checkout(reader.card(), barcode).statusCode());
            String card = counterPatron();
            long holdId = array(counterHold(card, title.id()))
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();

            List<Integer> results = all(
                    2,
                    List.of(
                            () -> library.checkin(barcode, "east").statusCode(),
                            () -> desk.postJson("api/v1/holds/" + holdId + "/cancellation", "{\"reason\":\"競合\"}")
                                    .statusCode()));
            assertEquals(200, results.get(0));
            String shelf = desk.get("api/v1/holds/shelf?branch=east").body();
            String holdings = ShioriClient.staff(base)
                    .get("api/v1/catalog/titles/" + title.id())
                    .body();
            boolean trapped = shelf.contains(barcode);
            boolean onShelf = holdings.contains("AVAILABLE");
            assertTrue(
                    trapped ^ onShelf,
                    "the copy is either on the hold shelf or on the open shelf: " + shelf + " / " + holdings);
        }
    }
}
