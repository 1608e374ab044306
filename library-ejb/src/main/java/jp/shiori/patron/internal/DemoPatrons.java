package jp.shiori.patron.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import jp.shiori.common.LibraryClock;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronCategory;

/**
 * The demo patrons of the run command (listed in the README), registered once into an empty patron table
 * when {@code LIBRARY_DEMO_DATA} is set: a normal card, a legacy "A" card, an expired card, a card
 * without a password and one without e-mail. Their addresses count as verified, so that the hold form's
 * e-mail choices and パスワードを忘れた方 work in the demo (its mail is read on the staff page メール送信状況).
 * Production never sets the variable.
 */
@Singleton
@Startup
public class DemoPatrons {

    private static final Logger LOG = Logger.getLogger(DemoPatrons.class.getName());
    private static final String DEMO_STAFF = "demo-loader";

    @Inject
    private LibraryClock clock;

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @EJB
    PatronAccounts accounts;

    @PostConstruct
    void schedule() {
        String demo = System.getenv("LIBRARY_DEMO_DATA");
        if (demo != null && !demo.isBlank()) {
            timers.createSingleActionTimer(1_000, new TimerConfig("demo patrons", false));
        }
    }

    @Timeout
    void register() {
        if (em.createQuery("select count(p) from Patron p", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = clock.today();
        verified(accounts.register(
                new NewPatron(
                        "20180401001",
                        "釧路 花子",
                        "クシロ ハナコ",
                        "釧路市北大通10丁目",
                        "0154-00-0001",
                        "hanako@example.jp",
                        PatronCategory.ADULT,
                        today.plusMonths(8),
                        "shiori-demo-1"),
                DEMO_STAFF));
        verified(accounts.register(
                new NewPatron(
                        "A0012345678",
                        "阿寒 太郎",
                        "アカン タロウ",
                        null,
                        null,
                        "taro@example.jp",
                        PatronCategory.SENIOR,
                        today.plusDays(20),
                        "shiori-demo-2"),
                DEMO_STAFF));
        accounts.register(
                new NewPatron(
                        "20190501003",
                        "音別 次郎",
                        "オンベツ ジロウ",
                        null,
                        null,
                        null,
                        PatronCategory.ADULT,
                        today.minusDays(3),
                        "shiori-demo-3"),
                DEMO_STAFF);
        verified(accounts.register(
                new NewPatron(
                        "20200601004",
                        "鳥取 三子",
                        "トットリ ミツコ",
                        null,
                        null,
                        "mitsuko@example.jp",
                        PatronCategory.STUDENT,
                        today.plusYears(1),
                        null),
                DEMO_STAFF));
        accounts.register(
                new NewPatron(
                        "20210701005",
                        "大空 四郎",
                        "オオゾラ シロウ",
                        null,
                        null,
                        null,
                        PatronCategory.CHILD,
                        today.plusYears(1),
                        "shiori-demo-5"),
                DEMO_STAFF);
        LOG.info("Demo patrons registered (see README)");
    }

    /** As if the patron had followed the verification link (same transaction, so the patron is managed). */
    private void verified(long patronId) {
        Patron patron = em.find(Patron.class, patronId);
        patron.verifiedEmail(patron.email(), Instant.now());
    }
}
