package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.List;
import jp.shiori.holds.HoldExpiry;

/** The hold-expiry job's port: the desk's expiry, one hold per transaction. */
@ValidateOnExecution
@Stateless
@Local(HoldExpiry.class)
public class DefaultHoldExpiry implements HoldExpiry {

    @EJB
    private HoldShelfDesk desk;

    @Override
    public long countPastDeadline(LocalDate today) {
        return desk.countPastDeadline(today);
    }

    @Override
    public List<Long> pastDeadline(LocalDate today, long afterHoldId, int max) {
        return desk.pastDeadline(today, afterHoldId, max);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long holdId, LocalDate today, String actor) {
        return desk.expireOne(holdId, today, actor);
    }
}
