package jp.shiori.circulation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.List;
import jp.shiori.circulation.Circulation;
import jp.shiori.circulation.DueLoans;
import jp.shiori.circulation.LoanView;

/** Open loans by due date, for the reminder jobs (the loans themselves as My page shows them). */
@ValidateOnExecution
@Stateless
@Local(DueLoans.class)
public class DefaultDueLoans implements DueLoans {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Circulation circulation;

    @Override
    public List<Long> patronsWithLoansDue(LocalDate from, LocalDate to, long afterPatronId, int max) {
        return em.createNamedQuery(Loan.PATRONS_WITH_LOANS_DUE, Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", afterPatronId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countPatronsWithLoansDue(LocalDate from, LocalDate to) {
        return em.createNamedQuery(Loan.COUNT_PATRONS_WITH_LOANS_DUE, Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public List<LoanView> loansDue(long patronId, LocalDate from, LocalDate to) {
        return circulation.loansOf(patronId).stream()
                .filter(loan -> !loan.dueOn().isBefore(from) && !loan.dueOn().isAfter(to))
                .toList();
    }
}
