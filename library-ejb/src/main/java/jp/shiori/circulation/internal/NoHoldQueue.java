package jp.shiori.circulation.internal;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jp.shiori.circulation.HoldQueue;

/**
 * Holds before the holds context exists: nobody waits, nothing is trapped, every returned item goes back on
 * the shelf. The holds issue replaces this class with its own implementation of {@link HoldQueue}.
 */
@Stateless
@Local(HoldQueue.class)
public class NoHoldQueue implements HoldQueue {

    @Override
    public boolean othersWaitFor(long titleId, long patronId) {
        return false;
    }

    @Override
    public boolean trappedForAnother(long itemId, long patronId) {
        return false;
    }

    @Override
    public boolean trappedFor(long itemId, long patronId) {
        return false;
    }

    @Override
    public int readyForPickup(long patronId) {
        return 0;
    }

    @Override
    public void lent(long itemId, long titleId, long patronId) {
        // no holds to fulfil
    }

    @Override
    public Disposition returned(long itemId, long titleId, String branchCode) {
        return Disposition.SHELF;
    }
}
