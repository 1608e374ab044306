package jp.shiori.circulation.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.ItemRef;
import jp.shiori.catalog.TitlesChanged;
import jp.shiori.common.LibraryClock;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/**
 * Demo loans of the run command (listed in the README), made once when {@code LIBRARY_DEMO_DATA} is set and
 * no loan exists: for 20180401001 one renewable, one already renewed, one overdue loan and one due in two days
 * (the due-date reminder's first mail); one renewable loan
 * for A0012345678. The demo catalog and patrons load in the background, so a timer tries again until both
 * are there. Production never sets the variable.
 */
@Singleton
@Startup
public class DemoLoans {

    private static final Logger LOG = Logger.getLogger(DemoLoans.class.getName());
    private static final String DEMO_STAFF = "demo-loader";

    @Inject
    private LibraryClock clock;

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @EJB
    PatronAccounts patrons;

    @EJB
    CatalogItems items;

    @Inject
    Event<TitlesChanged> changes;

    @PostConstruct
    void schedule() {
        String demo = System.getenv("LIBRARY_DEMO_DATA");
        if (demo != null && !demo.isBlank()) {
            timers.createIntervalTimer(5_000, 15_000, new TimerConfig("demo loans", false));
        }
    }

    @Timeout
    void lend(Timer timer) {
        if (em.createNamedQuery(Loan.ANY, Long.class).getSingleResult() > 0) {
            timer.cancel();
            return;
        }
        Optional<PatronProfile> hanako = patrons.byCard("20180401001");
        Optional<PatronProfile> taro = patrons.byCard("A0012345678");
        List<ItemRef> onShelf = items.onShelf(5);
        if (hanako.isEmpty() || taro.isEmpty() || onShelf.size() < 5) {
            return; // the demo catalog or patrons are still loading: the timer comes back
        }
        LocalDate today = clock.today();
        Instant now = clock.now();
        long h = hanako.get().id();
        lend(onShelf.get(0), h, now.minus(Duration.ofDays(3)), today.plusDays(11));
        Loan once = lend(onShelf.get(1), h, now.minus(Duration.ofDays(18)), today.minusDays(4));
        once.renew(today.plusDays(10));
        items.lent(onShelf.get(1).id(), once.dueOn());
        lend(onShelf.get(2), h, now.minus(Duration.ofDays(20)), today.minusDays(6));
        lend(onShelf.get(4), h, now.minus(Duration.ofDays(12)), today.plusDays(2));
        lend(onShelf.get(3), taro.get().id(), now.minus(Duration.ofDays(1)), today.plusDays(13));
        onShelf.forEach(i -> changes.fire(new TitlesChanged(Set.of(i.titleId()))));
        timer.cancel();
        LOG.info(
                "Demo loans made for 20180401001 (renewable, renewed once, overdue, due in two days) and A0012345678 (see README)");
    }

    private Loan lend(ItemRef item, long patronId, Instant at, LocalDate due) {
        Loan loan = new Loan(item.id(), patronId, item.branchId(), at, DEMO_STAFF, due);
        em.persist(loan);
        items.lent(item.id(), due);
        return loan;
    }
}
