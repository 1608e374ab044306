package jp.shiori.catalog.internal.search;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the catalog's change log into the index: right after each commit (asked by {@link CatalogChangeLog}),
 * and every second from deployment on, so that what was logged while the index was failing, between a commit and
 * the index update, or before a restart is indexed by itself. Many changes are drained in one batch with one
 * index commit; one drain at a time on this instance.
 */
@Singleton
@Startup
@DependsOn("CatalogIndexer")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogChangeFollower {

    private static final Logger LOG = Logger.getLogger(CatalogChangeFollower.class.getName());
    private static final int BATCH = 500;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @EJB
    CatalogIndexer indexer;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        follow();
    }

    /** Drains the log until it is empty; a call while a drain runs makes that drain look once more. */
    public void follow() {
        again.set(true);
        while (again.get() && draining.compareAndSet(false, true)) {
            try {
                again.set(false);
                while (indexer.followChangeLog(BATCH) == BATCH) {
                    // a full batch: more may wait
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The catalog index could not follow the change log; it tries again", e);
                return;
            } finally {
                draining.set(false);
            }
        }
    }
}
