package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.BasketRules;
import jp.shiori.holds.HoldBasket;
import jp.shiori.patron.PatronAccounts;

/**
 * The patron's hold basket as transaction scripts. Changes lock the patron's row first, so two devices adding at
 * the same moment cannot pass the limit together; the unique key stands behind "once per title".
 */
@ValidateOnExecution
@Stateless
@Local(HoldBasket.class)
public class DefaultHoldBasket implements HoldBasket {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogItems catalog;

    @EJB
    private PatronAccounts patrons;

    @Inject
    private LibraryClock clock;

    @Override
    public List<TitleSummary> titles(long patronId) {
        return describe(storedTitles(patronId));
    }

    @Override
    public List<Long> titleIds(long patronId) {
        return storedTitles(patronId);
    }

    @Override
    public int count(long patronId) {
        return em.createNamedQuery(HoldBasketEntry.COUNT_OF_PATRON, Long.class)
                .setParameter("patron", patronId)
                .getSingleResult()
                .intValue();
    }

    @Override
    public List<TitleSummary> describe(List<Long> titleIds) {
        return catalog.summaries(titleIds);
    }

    @Override
    public TitleSummary holdableTitle(long titleId) {
        List<TitleSummary> found = describe(List.of(titleId));
        if (found.isEmpty()) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No title has the id " + titleId + ".");
        }
        TitleSummary title = found.get(0);
        if (!title.holdable()) {
            throw new RefusedException(
                    ErrorCode.NOT_HOLDABLE,
                    "The title " + titleId + " has no copy that may be lent (禁帯出), so it cannot be held.");
        }
        return title;
    }

    @Override
    public BasketRules.Addition add(long patronId, long titleId) {
        holdableTitle(titleId);
        List<Long> stored = lockedBasket(patronId);
        BasketRules.Addition addition = BasketRules.add(stored, titleId, BasketRules.LIMIT);
        switch (addition) {
            case FULL ->
                throw new RefusedException(
                        ErrorCode.BASKET_FULL,
                        "The hold basket already holds " + BasketRules.LIMIT + " titles; remove some first.");
            case ADDED -> em.persist(new HoldBasketEntry(patronId, titleId, now()));
            case ALREADY_IN_BASKET -> {
                // kept once
            }
        }
        return addition;
    }

    @Override
    public int remove(long patronId, Collection<Long> titleIds) {
        if (titleIds.isEmpty()) {
            return 0;
        }
        lockedBasket(patronId);
        return em.createNamedQuery(HoldBasketEntry.REMOVE)
                .setParameter("patron", patronId)
                .setParameter("titles", Set.copyOf(titleIds))
                .executeUpdate();
    }

    @Override
    public void clear(long patronId) {
        lockedBasket(patronId);
        em.createNamedQuery(HoldBasketEntry.CLEAR)
                .setParameter("patron", patronId)
                .executeUpdate();
    }

    @Override
    public BasketRules.Merge merge(long patronId, List<Long> sessionTitleIds) {
        if (sessionTitleIds.isEmpty()) {
            return new BasketRules.Merge(List.of(), List.of(), List.of());
        }
        List<Long> stored = lockedBasket(patronId);
        Set<Long> holdable = describe(sessionTitleIds).stream()
                .filter(TitleSummary::holdable)
                .map(TitleSummary::id)
                .collect(Collectors.toSet());
        BasketRules.Merge merge = BasketRules.merge(stored, sessionTitleIds, holdable::contains, BasketRules.LIMIT);
        Instant now = now();
        for (int i = 0; i < merge.added().size(); i++) {
            // one microsecond apart: the basket keeps the order in which the visitor added them
            em.persist(new HoldBasketEntry(patronId, merge.added().get(i), now.plusNanos(i * 1000L)));
        }
        return merge;
    }

    /** The stored basket, after locking the patron's row (one lock order: patron, then basket). */
    private List<Long> lockedBasket(long patronId) {
        if (!patrons.lockForUpdate(patronId)) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No patron has the id " + patronId + ".");
        }
        return storedTitles(patronId);
    }

    private List<Long> storedTitles(long patronId) {
        return em.createNamedQuery(HoldBasketEntry.TITLES_OF_PATRON, Long.class)
                .setParameter("patron", patronId)
                .getResultList();
    }

    private Instant now() {
        return clock.now();
    }
}
