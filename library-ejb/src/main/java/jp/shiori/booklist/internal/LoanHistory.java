package jp.shiori.booklist.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.booklist.BookListRules;
import jp.shiori.circulation.LoanEnded;
import jp.shiori.circulation.LoanStarted;
import jp.shiori.common.LibraryClock;

/**
 * 自動登録: circulation's committed loans become entries here, in a transaction of the book list's own — the desk
 * never waits for it and never fails because of it, and circulation writes no table of ours.
 */
@Stateless
public class LoanHistory {

    private static final Logger LOG = Logger.getLogger(LoanHistory.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryClock clock;

    @EJB
    private TitleWordsSource titles;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoanStarted loan) {
        try {
            BookListOwner owner = em.find(BookListOwner.class, loan.patronId());
            if (owner == null || !owner.started()) {
                return;
            }
            boolean recorded = !em.createNamedQuery(BookListEntry.OF_LOAN, BookListEntry.class)
                    .setParameter("loan", loan.loanId())
                    .getResultList()
                    .isEmpty();
            Optional<BookListEntry> waiting = waitingEntry(loan.patronId(), loan.titleId());
            switch (BookListRules.loanArrival(
                    owner.autoRegister(), owner.autoRegisterSince(), loan.at(), recorded, waiting.isPresent())) {
                case ADD, ATTACH -> record(loan.patronId(), loan.loanId(), loan.titleId(), loan.at(), clock.now());
                case KEEP, IGNORE -> {
                    // one entry per loan; nothing while 自動登録 is off
                }
            }
            em.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The book list could not record loan " + loan.loanId(), e);
        }
    }

    /** The return date fills in the loan's entry, when the patron has one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoanEnded loan) {
        em.createNamedQuery(BookListEntry.OF_LOAN, BookListEntry.class)
                .setParameter("loan", loan.loanId())
                .getResultStream()
                .forEach(entry -> entry.returned(loan.at()));
    }

    /** A loan becomes an entry: on the title's waiting entry (読みたい本) when there is one, else a new one. */
    public void record(long patronId, long loanId, long titleId, Instant borrowedAt, Instant now) {
        Optional<BookListEntry> waiting = waitingEntry(patronId, titleId);
        if (waiting.isPresent()) {
            waiting.get().borrowed(loanId, borrowedAt);
        } else {
            titles.words(titleId)
                    .ifPresent(words -> em.persist(BookListEntry.borrowed(patronId, words, loanId, borrowedAt, now)));
        }
    }

    private Optional<BookListEntry> waitingEntry(long patronId, long titleId) {
        return em.createNamedQuery(BookListEntry.OF_TITLE, BookListEntry.class)
                .setParameter("patron", patronId)
                .setParameter("title", titleId)
                .getResultStream()
                .filter(e -> e.loanId() == null)
                .findFirst();
    }
}
