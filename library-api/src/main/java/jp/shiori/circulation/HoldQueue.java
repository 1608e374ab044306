package jp.shiori.circulation;

import java.util.Collection;
import java.util.Set;

/** What circulation asks of the holds (予約) context, which implements it. */
public interface HoldQueue {

    /** Whether a patron other than {@code patronId} has an unfilled hold on the title (延長不可). */
    boolean othersWaitFor(long titleId, long patronId);

    /** Of these titles, those another patron than {@code patronId} holds (a loan list's 延長不可, in one statement). */
    Set<Long> othersWaitFor(Collection<Long> titleIds, long patronId);

    /** Whether this item is set aside (確保) for a hold of a patron other than {@code patronId}. */
    boolean trappedForAnother(long itemId, long patronId);

    /** Whether this item is set aside for a hold of {@code patronId} (it may then be lent to them). */
    boolean trappedFor(long itemId, long patronId);

    /** Items set aside and waiting for the patron to collect (the desk's 取置 count). */
    int readyForPickup(long patronId);

    /** The item was lent to the patron: a hold of theirs on the title is fulfilled. */
    void lent(long itemId, long titleId, long patronId);

    /**
     * The item came back at {@code branchCode}: the holds context may trap it for the next hold. The answer
     * says where the item goes; circulation sets the item's status accordingly.
     */
    Disposition returned(long itemId, long titleId, String branchCode);

    /** Where a returned item goes. */
    enum Disposition {
        /** Back on the shelf (貸出可). */
        SHELF,
        /** Onto the hold shelf of this branch for a waiting patron. */
        HOLD_SHELF,
        /** To another branch, for a hold to be collected there. */
        TRANSIT
    }
}
