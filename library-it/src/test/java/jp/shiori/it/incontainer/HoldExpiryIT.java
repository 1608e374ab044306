package jp.shiori.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.Holds;
import jp.shiori.holds.TrapResult;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronCategory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the EAR, where a test can move a deadline: an uncollected hold expires the day after its deadline — never
 * on it — and the copy goes to the next patron in the queue; ordered and any-N placements keep their rules.
 */
@ExtendWith(ArquillianExtension.class)
class HoldExpiryIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Inject
    Holds holds;

    @Inject
    PatronAccounts patrons;

    @Inject
    CatalogRecords catalog;

    @Resource(lookup = "java:app/jdbc/shiori")
    DataSource database;

    private long patron(String name) {
        String card = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        return patrons.register(
                new NewPatron(card, name, null, null, null, null, PatronCategory.ADULT, TODAY.plusYears(1), null),
                "it");
    }

    private long title(String name, List<String> barcodes) {
        long title = catalog.store(new TitleDraft(
                        "IT",
                        UUID.randomUUID().toString(),
                        name,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null,
                        MaterialType.BOOK,
                        null,
                        null,
                        null,
                        null,
                        List.of()))
                .id();
        for (String barcode : barcodes) {
            catalog.addItem(title, new NewItem(barcode, "central", null, null, true, TODAY.minusYears(1)));
        }
        return title;
    }

    private static String barcode() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
    }

    private HoldView hold(long patron, HoldType type, Integer wanted, Long... titles) {
        return holds.place(
                        patron,
                        new HoldPlacement(
                                List.of(titles), type, wanted, ContactMethod.NONE, "central", "counter", false, "ja"),
                        true,
                        "staff:it")
                .placed()
                .get(0);
    }

    private HoldView current(long patron, long holdId) {
        return holds.holdsOf(patron).stream()
                .filter(h -> h.id() == holdId)
                .findFirst()
                .orElseThrow();
    }

    private void deadline(long holdId, LocalDate day) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("update hold set deadline = ? where id = ?")) {
            s.setObject(1, day);
            s.setLong(2, holdId);
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    void aReadyHoldSurvivesItsDeadlineDayAndOnTheNextItsCopyGoesToTheNextPatron() throws Exception {
        String copy = barcode();
        long title = title("取置の本", List.of(copy));
        long first = patron("期限 一");
        long second = patron("期限 二");
        HoldView firstHold = hold(first, HoldType.NORMAL, null, title);
        HoldView secondHold = hold(second, HoldType.NORMAL, null, title);

        TrapResult trapped = holds.pull(copy, "central", "staff:it");
        assertEquals(firstHold.id(), trapped.holdId());
        assertEquals(HoldStatus.READY, trapped.status());

        deadline(firstHold.id(), TODAY);
        holds.expire(TODAY, "staff:it");
        assertEquals(HoldStatus.READY, current(first, firstHold.id()).status(), "never expired on the deadline day");

        deadline(firstHold.id(), TODAY.minusDays(1));
        holds.expire(TODAY, "staff:it");
        HoldView expired = current(first, firstHold.id());
        assertEquals(HoldStatus.EXPIRED, expired.status());
        assertEquals(jp.shiori.holds.HoldEndReason.NOT_COLLECTED, expired.endReasonCode());
        HoldView next = current(second, secondHold.id());
        assertEquals(HoldStatus.READY, next.status(), "the copy went to the next patron");
        assertEquals(copy, next.itemBarcode());
        assertEquals(TODAY.plusDays(7), next.deadline());

        deadline(secondHold.id(), TODAY.minusDays(1));
        holds.expire(TODAY, "staff:it");
        assertEquals(HoldStatus.EXPIRED, current(second, secondHold.id()).status());
        assertTrue(
                holds.holdShelf("central").stream()
                        .noneMatch(l -> l.itemBarcode().equals(copy)),
                "back on the open shelf");
        assertTrue(
                holds.pullList("central").stream()
                        .noneMatch(l -> l.itemBarcode().equals(copy)),
                "nobody waits any more");
    }

    @Test
    void anOrderedPlacementTakesItsSecondTitleOnlyAfterTheFirstAndAnyNStopsAtN() {
        String a = barcode();
        String b = barcode();
        long first = title("順番 上", List.of(a));
        long second = title("順番 下", List.of(b));
        long patron = patron("順番 太郎");
        holds.place(
                patron,
                new HoldPlacement(
                        List.of(first, second),
                        HoldType.ORDERED,
                        null,
                        ContactMethod.NONE,
                        "central",
                        "counter",
                        false,
                        "ja"),
                false,
                "patron:it");

        org.junit.jupiter.api.Assertions.assertThrows(
                jp.shiori.common.RefusedException.class,
                () -> holds.pull(b, "central", "staff:it"),
                "the second title waits for the first");
        assertEquals(HoldStatus.READY, holds.pull(a, "central", "staff:it").status());

        String c = barcode();
        String d = barcode();
        long x = title("いずれか 一", List.of(c));
        long y = title("いずれか 二", List.of(d));
        long z = title("いずれか 三", List.of(barcode()));
        long reader = patron("いずれか 花子");
        holds.place(
                reader,
                new HoldPlacement(
                        List.of(x, y, z), HoldType.ANY_N, 1, ContactMethod.NONE, "central", "counter", false, "ja"),
                false,
                "patron:it");
        holds.pull(c, "central", "staff:it");
        List<HoldView> mine = holds.holdsOf(reader);
        assertEquals(
                1, mine.stream().filter(h -> h.status() == HoldStatus.READY).count());
        assertEquals(
                2,
                mine.stream().filter(h -> h.status() == HoldStatus.CANCELLED).count(),
                "the rest are cancelled: " + mine);
        assertNull(mine.stream()
                .filter(h -> h.titleId() == y)
                .findFirst()
                .orElseThrow()
                .queuePosition());
    }
}
