package jp.shiori.circulation.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.catalog.CatalogIndexing;

/**
 * The catalog index follows the desk within a second: committed loans name their titles here, and a timer
 * re-indexes them in one batch with one commit. The desk never waits for the search index, and twenty desks do
 * not queue behind one index commit each. Copy counts and availability on result and title pages come from
 * the database anyway; only the availability facet lags by up to a second.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogAvailability {

    private static final Logger LOG = Logger.getLogger(CatalogAvailability.class.getName());

    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean following = new AtomicBoolean();

    @EJB
    CatalogIndexing indexing;

    /** After the loan's transaction committed: remember the title, no I/O. */
    public void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoanMoved loan) {
        pending.add(loan.titleId());
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void follow() {
        if (pending.isEmpty() || !following.compareAndSet(false, true)) {
            return;
        }
        List<Long> titles = new ArrayList<>();
        try {
            for (Long id : pending) {
                if (pending.remove(id)) {
                    titles.add(id);
                }
            }
            indexing.reindex(titles);
            indexing.commit();
        } catch (RuntimeException e) {
            pending.addAll(titles); // next second, again
            LOG.log(
                    Level.WARNING,
                    "The catalog index could not follow " + titles.size() + " loan changes; retrying",
                    e);
        } finally {
            following.set(false);
        }
    }
}
