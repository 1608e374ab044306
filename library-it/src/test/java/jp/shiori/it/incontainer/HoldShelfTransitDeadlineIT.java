package jp.shiori.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * 取置期間 after 回送: a copy that spent days in transit is kept a full week from the day it arrives at the pickup
 * branch, so it is never ready and expired at once; and the check-in slip finds the hold by the copy's barcode.
 */
@ExtendWith(ArquillianExtension.class)
class HoldShelfTransitDeadlineIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Inject
    Holds holds;

    @Inject
    PatronAccounts patrons;

    @Inject
    CatalogRecords catalog;

    @Resource(lookup = "java:app/jdbc/shiori")
    DataSource database;

    @Test
    void aCopyLongInTransitIsKeptAWeekFromItsArrivalNotFromTheDayItWasSetAside() throws Exception {
        String card = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        long patron = patrons.register(
                new NewPatron(card, "回送 待子", null, null, null, null, PatronCategory.ADULT, TODAY.plusYears(1), null),
                "it");
        String copy = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        long title = catalog.store(new TitleDraft(
                        "IT",
                        UUID.randomUUID().toString(),
                        "遠くから来た本",
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
        catalog.addItem(title, new NewItem(copy, "central", null, null, true, TODAY.minusYears(1)));
        holds.place(
                patron,
                new HoldPlacement(List.of(title), HoldType.NORMAL, null, ContactMethod.NONE, "akan", null, false, "ja"),
                true,
                "staff:it");

        TrapResult sent = holds.pull(copy, "central", "staff:it");
        assertEquals(HoldStatus.IN_TRANSIT, sent.status());
        assertEquals(
                sent.holdId(),
                holds.setAsideFor(copy).orElseThrow().holdId(),
                "the slip finds the hold by the barcode");
        // The bookmobile-slow transit: set aside nine days ago, so the week counted from then is over.
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("update hold set deadline = ? where id = ?")) {
            s.setObject(1, TODAY.minusDays(2));
            s.setLong(2, sent.holdId());
            assertEquals(1, s.executeUpdate());
        }

        TrapResult arrived = holds.receive(copy, "akan", "staff:it");
        assertEquals(HoldStatus.READY, arrived.status());
        assertEquals(TODAY.plusDays(7), arrived.deadline(), "no closed days at akan in the test calendar");
        assertEquals(
                0,
                holds.holdShelf("akan").stream()
                        .filter(l -> l.itemBarcode().equals(copy))
                        .filter(l -> l.deadline().isBefore(TODAY))
                        .count());
        assertEquals(HoldStatus.READY, holds.setAsideFor(copy).orElseThrow().status());
    }
}
