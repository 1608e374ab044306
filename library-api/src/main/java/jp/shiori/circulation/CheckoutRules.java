package jp.shiori.circulation;

import java.util.Optional;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.patron.CardStanding;

/**
 * 貸出: whether the desk may lend this item to this patron now. The patron is looked at first (a card past
 * its renewal date, a block), then the item, then the patron's limit. A hold that waits for the title but
 * has no item set aside does not stop a patron at the desk: 来館されている方の貸出が優先.
 */
public final class CheckoutRules {

    private CheckoutRules() {}

    /** What the desk knows when an item is scanned for a patron. */
    public record Attempt(
            CardStanding standing,
            boolean patronBlocked,
            ItemStatus itemStatus,
            boolean loanable,
            boolean trappedForAnother,
            boolean trappedForThisPatron,
            int loansNow,
            LoanPolicy policy) {}

    /** The first reason to refuse, or empty when the loan may be made. */
    public static Optional<CheckoutRefusal> refusal(Attempt a) {
        if (a.standing() == CardStanding.EXPIRED) {
            return Optional.of(CheckoutRefusal.CARD_EXPIRED);
        }
        if (a.patronBlocked()) {
            return Optional.of(CheckoutRefusal.PATRON_BLOCKED);
        }
        if (a.itemStatus() == ItemStatus.ON_LOAN) {
            return Optional.of(CheckoutRefusal.ITEM_ON_LOAN);
        }
        if (a.trappedForAnother() || (a.itemStatus() == ItemStatus.ON_HOLD_SHELF && !a.trappedForThisPatron())) {
            return Optional.of(CheckoutRefusal.ITEM_HELD_FOR_ANOTHER);
        }
        if (a.itemStatus() != ItemStatus.AVAILABLE && a.itemStatus() != ItemStatus.ON_HOLD_SHELF) {
            return Optional.of(CheckoutRefusal.ITEM_UNAVAILABLE);
        }
        if (!a.loanable()) {
            return Optional.of(CheckoutRefusal.REFERENCE_ONLY);
        }
        if (a.loansNow() >= a.policy().maxLoans()) {
            return Optional.of(CheckoutRefusal.LOAN_LIMIT);
        }
        return Optional.empty();
    }
}
