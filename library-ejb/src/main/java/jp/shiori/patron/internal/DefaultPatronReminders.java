package jp.shiori.patron.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.patron.PatronReminders;

/** Cards by renewal date and the patron's choice of due-date mail ({@code patron.due_date_mail}). */
@ValidateOnExecution
@Stateless
@Local(PatronReminders.class)
public class DefaultPatronReminders implements PatronReminders {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PatronAccounts accounts;

    @Override
    public List<PatronProfile> cardsRenewingBetween(LocalDate from, LocalDate to, long afterPatronId, int max) {
        List<Long> ids = em.createNamedQuery(Patron.RENEWING_BETWEEN, Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", afterPatronId)
                .setMaxResults(max)
                .getResultList();
        Map<Long, PatronProfile> profiles = accounts.profiles(ids); // one statement for the page, in id order below
        return ids.stream().map(profiles::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long countCardsRenewingBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery(Patron.COUNT_RENEWING_BETWEEN, Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public boolean wantsDueDateMail(long patronId) {
        List<?> rows = em.createNativeQuery("select due_date_mail from patron where id = ?1")
                .setParameter(1, patronId)
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object value = rows.get(0);
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0; // Oracle: number(1)
    }

    @Override
    public void chooseDueDateMail(long patronId, boolean wanted) {
        int changed = em.createNativeQuery("update patron set due_date_mail = ?1 where id = ?2")
                .setParameter(1, wanted)
                .setParameter(2, patronId)
                .executeUpdate();
        if (changed == 0) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No patron has the id " + patronId + ".");
        }
    }
}
