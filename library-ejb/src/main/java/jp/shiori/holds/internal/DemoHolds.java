package jp.shiori.holds.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.ItemRef;
import jp.shiori.common.LibraryClock;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PlacementResult;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/**
 * The run command's demo hold past its week (README): A0012345678's hold set aside at the West District Library
 * with yesterday as its deadline, and 20180401001 waiting behind it on the same title, so the first run of the
 * hold-expiry job (scheduled, or 今すぐ実行) passes the copy on and mails the hold-ready notice. Made once, when
 * {@code LIBRARY_DEMO_DATA} is set and no hold exists; a timer tries until the demo catalog and patrons are in.
 */
@Singleton
@Startup
public class DemoHolds {

    private static final Logger LOG = Logger.getLogger(DemoHolds.class.getName());
    private static final String DEMO_STAFF = "demo-loader";
    private static final String BRANCH = "west";

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @EJB
    PatronAccounts patrons;

    @EJB
    Holds holds;

    @EJB
    CatalogItems items;

    @EJB
    Branches branches;

    @Inject
    LibraryClock clock;

    @PostConstruct
    void schedule() {
        String demo = System.getenv("LIBRARY_DEMO_DATA");
        if (demo != null && !demo.isBlank()) {
            timers.createIntervalTimer(10_000, 20_000, new TimerConfig("demo holds", false));
        }
    }

    @Timeout
    void place(Timer timer) {
        if (em.createQuery("select count(h) from Hold h", Long.class).getSingleResult() > 0) {
            timer.cancel();
            return;
        }
        Optional<PatronProfile> taro = patrons.byCard("A0012345678");
        Optional<PatronProfile> hanako = patrons.byCard("20180401001");
        Optional<BranchRef> west = branches.byCode(BRANCH);
        List<ItemRef> copies = west.isEmpty()
                ? List.of()
                : items.onShelf(500).stream()
                        .filter(i -> i.branchId() == west.get().id())
                        .toList();
        if (taro.isEmpty() || hanako.isEmpty() || copies.isEmpty()) {
            return; // the demo catalog or patrons are still loading: the timer comes back
        }
        ItemRef copy = copies.get(copies.size() - 1);
        PlacementResult first = holds.place(taro.get().id(), placement(copy, taro.get()), false, DEMO_STAFF);
        PlacementResult second = holds.place(hanako.get().id(), placement(copy, hanako.get()), false, DEMO_STAFF);
        if (first.placed().isEmpty() || second.placed().isEmpty()) {
            LOG.warning(() -> "Demo holds refused: " + first.refusals() + " " + second.refusals());
            timer.cancel();
            return;
        }
        holds.pull(copy.barcode(), BRANCH, DEMO_STAFF);
        long trapped = first.placed().get(0).id();
        em.flush();
        // Set aside eight days ago: its week is over, so the next hold-expiry run cancels it and passes the copy on.
        em.createNativeQuery("update hold set deadline = ?1 where id = ?2")
                .setParameter(1, clock.today().minusDays(1))
                .setParameter(2, trapped)
                .executeUpdate();
        timer.cancel();
        LOG.info(() -> "Demo hold past its week: " + copy.title() + " for A0012345678 at " + BRANCH
                + ", 20180401001 waiting next (see README)");
    }

    private static HoldPlacement placement(ItemRef copy, PatronProfile patron) {
        ContactMethod contact =
                patron.emailVerified() && patron.email() != null ? ContactMethod.EMAIL : ContactMethod.NONE;
        return new HoldPlacement(List.of(copy.titleId()), HoldType.NORMAL, null, contact, BRANCH, null, false, "ja");
    }
}
