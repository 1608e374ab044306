package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.ItemRef;
import jp.shiori.circulation.HoldQueue;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.internal.AuditTrail;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.TrapResult;

/**
 * Circulation's port to the holds: its questions at the desk (who waits, what is set aside for whom) and the two
 * moments a copy moves, lent and returned. Circulation holds the copy's row lock; the title's is taken here.
 */
@ValidateOnExecution
@Stateless
@Local(HoldQueue.class)
public class DefaultHoldQueue implements HoldQueue {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogItems catalog;

    @EJB
    private Branches branches;

    @EJB
    private HoldTrapping trapping;

    @EJB
    private AuditTrail auditTrail;

    @Inject
    private LibraryClock clock;

    @Override
    public boolean othersWaitFor(long titleId, long patronId) {
        return em.createNamedQuery(Hold.COUNT_OTHERS_ACTIVE, Long.class)
                        .setParameter("title", titleId)
                        .setParameter("patron", patronId)
                        .setParameter("active", Hold.ACTIVE)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Set<Long> othersWaitFor(Collection<Long> titleIds, long patronId) {
        return titleIds.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createNamedQuery(Hold.TITLES_OTHERS_HOLD, Long.class)
                        .setParameter("titles", Set.copyOf(titleIds))
                        .setParameter("patron", patronId)
                        .setParameter("active", Hold.ACTIVE)
                        .getResultList());
    }

    @Override
    public boolean trappedForAnother(long itemId, long patronId) {
        return trappedWith(itemId).filter(h -> h.patronId() != patronId).isPresent();
    }

    @Override
    public boolean trappedFor(long itemId, long patronId) {
        return trappedWith(itemId).filter(h -> h.patronId() == patronId).isPresent();
    }

    @Override
    public int readyForPickup(long patronId) {
        return em.createNamedQuery(Hold.COUNT_READY_OF_PATRON, Long.class)
                .setParameter("patron", patronId)
                .getSingleResult()
                .intValue();
    }

    @Override
    public void lent(long itemId, long titleId, long patronId) {
        String title = catalog.lockTitle(titleId).orElse("");
        Optional<Hold> own = em.createNamedQuery(Hold.ACTIVE_OF_PATRON_AND_TITLE, Hold.class)
                .setParameter("title", titleId)
                .setParameter("patron", patronId)
                .setParameter("active", Hold.ACTIVE)
                .getResultStream()
                .findFirst();
        if (own.isEmpty()) {
            return;
        }
        Hold hold = own.get();
        Long other = hold.itemId() != null
                        && hold.itemId() != itemId
                        && hold.status().trapped()
                ? hold.itemId()
                : null;
        hold.fulfil(clock.now());
        auditTrail.record("system", "hold-fulfilled", hold.auditSubject(), hold.auditDetail("item:" + itemId));
        if (other != null) {
            // The patron borrowed another copy than the one set aside: that one goes to the next hold.
            ItemRef copy = catalog.lock(other);
            trapping.passOn(
                    copy, title, branches.byId().get(hold.pickupBranchId()).code(), "system");
        }
        trapping.cancelRestIfSatisfied(hold);
    }

    @Override
    public Disposition returned(long itemId, long titleId, String branchCode) {
        ItemRef copy = catalog.byId(Set.of(itemId)).get(itemId); // locked by circulation
        String title = catalog.lockTitle(titleId).orElse("");
        if (!copy.loanable()) {
            return Disposition.SHELF;
        }
        Optional<Hold> next = trapping.nextEligible(titleId);
        if (next.isEmpty()) {
            return Disposition.SHELF;
        }
        TrapResult trapped = trapping.trap(next.get(), copy, title, branchCode, "system");
        return trapped.status() == HoldStatus.READY ? Disposition.HOLD_SHELF : Disposition.TRANSIT;
    }

    private Optional<Hold> trappedWith(long itemId) {
        return em.createNamedQuery(Hold.TRAPPED_WITH_ITEM, Hold.class)
                .setParameter("item", itemId)
                .setParameter("trapped", Hold.TRAPPED)
                .getResultStream()
                .findFirst();
    }
}
