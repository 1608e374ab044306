package jp.shiori.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.circulation.CheckoutRequest;
import jp.shiori.circulation.Circulation;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.Holds;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronCategory;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.eclipse.persistence.sessions.factories.SessionManager;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One screen, a fixed number of SQL statements: My page's holds and loans and a branch's hold shelf cost as many
 * statements with four lines as with one (no query per line). Counted with EclipseLink's session events, on this
 * thread only (the mail timer runs its own queries meanwhile).
 */
@ExtendWith(ArquillianExtension.class)
class ListStatementsIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Inject
    Holds holds;

    @Inject
    PatronAccounts patrons;

    @Inject
    CatalogRecords catalog;

    @Inject
    Circulation circulation;

    private final Map<Long, String> copies = new HashMap<>();

    @Test
    void myHoldsCostTheSameStatementsForFourHoldsAsForOne() {
        long other = patron();
        long patron = patron();
        List<Long> titles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long title = title("central");
            titles.add(title);
            place(other, title, "akan"); // so that the patron's holds wait behind another and have positions
        }
        place(patron, titles.get(0), "akan");
        int one = statements(() -> holds.holdsOf(patron));
        titles.subList(1, 4).forEach(t -> place(patron, t, "akan"));
        assertEquals(4, holds.holdsOf(patron).size());

        assertEquals(one, statements(() -> holds.holdsOf(patron)), "statements of holdsOf with 1 and with 4 holds");
    }

    @Test
    void aHoldShelfCostsTheSameStatementsForFourLinesAsForOne() {
        String branch = "akan";
        shelve(branch);
        int before = statements(() -> holds.holdShelf(branch));
        for (int i = 0; i < 3; i++) {
            shelve(branch);
        }

        assertEquals(before, statements(() -> holds.holdShelf(branch)), "statements of the hold shelf, 3 lines later");
    }

    @Test
    void myLoansCostTheSameStatementsForFourLoansAsForOne() {
        String card = card();
        long patron = patrons.register(
                new NewPatron(card, "数 える子", null, null, null, null, PatronCategory.ADULT, TODAY.plusYears(1), null),
                "it");
        String[] owners = {"central", "akan", "central", "onbetsu"};
        circulation.checkout(new CheckoutRequest(card, copyOf(title(owners[0]), owners[0]), "central"), "staff:it");
        int one = statements(() -> circulation.loansOf(patron));
        for (int i = 1; i < 4; i++) {
            circulation.checkout(new CheckoutRequest(card, copyOf(title(owners[i]), owners[i]), "central"), "staff:it");
        }
        assertEquals(4, circulation.loansOf(patron).size());

        assertEquals(one, statements(() -> circulation.loansOf(patron)), "statements of loansOf with 1 and 4 loans");
    }

    /** A ready hold of a new patron on the branch's hold shelf. */
    private void shelve(String branch) {
        long title = title(branch);
        long patron = patron();
        place(patron, title, branch);
        holds.pull(copies.get(title), branch, "staff:it");
    }

    private int statements(Supplier<?> screen) {
        SessionEventManager events = shioriSession().getEventManager();
        Thread mine = Thread.currentThread();
        AtomicInteger calls = new AtomicInteger();
        SessionEventAdapter counter = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == mine) {
                    calls.incrementAndGet();
                }
            }
        };
        events.addListener(counter);
        try {
            screen.get();
        } finally {
            events.removeListener(counter);
        }
        return calls.get();
    }

    /** EclipseLink's session of the application's persistence unit (it registers every session it deploys). */
    private static Session shioriSession() {
        return SessionManager.getManager().getSessions().values().stream()
                .filter(s -> s.getDescriptors().keySet().stream()
                        .anyMatch(c -> c.getName().equals("jp.shiori.holds.internal.Hold")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no EclipseLink session maps the holds"));
    }

    private long title(String branch) {
        long title = catalog.store(new TitleDraft(
                        "IT",
                        UUID.randomUUID().toString(),
                        "数える本",
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
        copyOf(title, branch);
        return title;
    }

    private String copyOf(long title, String branch) {
        return copies.computeIfAbsent(title, t -> {
            String barcode = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
            catalog.addItem(t, new NewItem(barcode, branch, null, null, true, TODAY.minusYears(1)));
            return barcode;
        });
    }

    private void place(long patron, long title, String branch) {
        assertEquals(
                1,
                holds.place(
                                patron,
                                new HoldPlacement(
                                        List.of(title),
                                        HoldType.NORMAL,
                                        null,
                                        ContactMethod.NONE,
                                        branch,
                                        null,
                                        false,
                                        "ja"),
                                true,
                                "staff:it")
                        .placed()
                        .size());
    }

    private long patron() {
        return patrons.register(
                new NewPatron(card(), "数 える", null, null, null, null, PatronCategory.ADULT, TODAY.plusYears(1), null),
                "it");
    }

    private static String card() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }
}
