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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.shiori.catalog.internal.Item;
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

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @EJB
    PatronAccounts patrons;

    @Inject
    Event<LoanMoved> changes;

    @PostConstruct
    void schedule() {
        String demo = System.getenv("LIBRARY_DEMO_DATA");
        if (demo != null && !demo.isBlank()) {
            timers.createIntervalTimer(5_000, 15_000, new TimerConfig("demo loans", false));
        }
    }

    @Timeout
    void lend(Timer timer) {
        if (em.createQuery("select count(l) from Loan l", Long.class).getSingleResult() > 0) {
            timer.cancel();
            return;
        }
        Optional<PatronProfile> hanako = patrons.byCard("20180401001");
        Optional<PatronProfile> taro = patrons.byCard("A0012345678");
        List<Item> items = em.createQuery("select i from Item i join fetch i.title join fetch i.branch"
                + " where i.status = jp.shiori.catalog.ItemStatus.AVAILABLE and i.loanable = true order by i.id", Item.class)
                .setMaxResults(5).getResultList();
        if (hanako.isEmpty() || taro.isEmpty() || items.size() < 5) {
            return; // the demo catalog or patrons are still loading: the timer comes back
        }
        LocalDate today = LocalDate.now(DefaultCirculation.LIBRARY_ZONE);
        LocalDateTime now = LocalDateTime.now(java.time.Clock.systemUTC());
        long h = hanako.get().id();
        Item renewable = items.get(0);
        em.persist(new Loan(renewable, h, renewable.branch(), now.minusDays(3), DEMO_STAFF, today.plusDays(11)));
        Item renewed = items.get(1);
        Loan once = new Loan(renewed, h, renewed.branch(), now.minusDays(18), DEMO_STAFF, today.minusDays(4));
        once.renew(today.plusDays(10));
        em.persist(once);
        Item late = items.get(2);
        em.persist(new Loan(late, h, late.branch(), now.minusDays(20), DEMO_STAFF, today.minusDays(6)));
        Item soon = items.get(4);
        em.persist(new Loan(soon, h, soon.branch(), now.minusDays(12), DEMO_STAFF, today.plusDays(2)));
        Item other = items.get(3);
        em.persist(new Loan(other, taro.get().id(), other.branch(), now.minusDays(1), DEMO_STAFF, today.plusDays(13)));
        items.forEach(i -> changes.fire(new LoanMoved(i.title().id())));
        timer.cancel();
        LOG.info("Demo loans made for 20180401001 (renewable, renewed once, overdue, due in two days) and A0012345678 (see README)");
    }
}
