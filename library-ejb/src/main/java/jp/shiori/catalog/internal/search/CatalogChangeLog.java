package jp.shiori.catalog.internal.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import jp.shiori.catalog.TitlesChanged;
import jp.shiori.common.LibraryClock;

/**
 * Writes every {@link TitlesChanged} into the change log inside the transaction that fired it (so the log has
 * exactly the committed changes), and after the commit asks {@link CatalogChangeFollower} to drain the log at once
 * on a thread of its own. A plain CDI bean: no container transaction is suspended or resumed while the
 * transaction completes (an EJB observer with REQUIRES_NEW there failed with "Invalid transaction passed to
 * resume()" after a batch chunk's commit).
 */
@ApplicationScoped
public class CatalogChangeLog {

    private static final Logger LOG = Logger.getLogger(CatalogChangeLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryClock clock;

    @Inject
    CatalogChangeFollower follower;

    @Resource
    ManagedExecutorService executor;

    /** In the business transaction: one row per title (a transaction without one refuses to write). */
    public void log(@Observes TitlesChanged change) {
        for (Long titleId : change.titleIds()) {
            em.persist(new CatalogChange(titleId, clock.now()));
        }
    }

    /** After the commit: follow now rather than at the next tick of the follower's timer. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TitlesChanged change) {
        try {
            executor.execute(follower::follow);
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "The follower runs at its next tick: " + e);
        }
    }
}
