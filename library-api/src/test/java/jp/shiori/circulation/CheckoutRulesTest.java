package jp.shiori.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.common.ErrorCode;
import jp.shiori.patron.CardStanding;
import org.junit.jupiter.api.Test;

class CheckoutRulesTest {

    private static CheckoutRules.Attempt onTheShelf() {
        return new CheckoutRules.Attempt(
                CardStanding.VALID, false, ItemStatus.AVAILABLE, true, false, false, 0, LoanPolicy.FALLBACK);
    }

    private static Optional<CheckoutRefusal> check(CheckoutRules.Attempt a) {
        return CheckoutRules.refusal(a);
    }

    @Test
    void anItemOnTheShelfIsLentToAPatronInGoodStanding() {
        assertTrue(check(onTheShelf()).isEmpty());
    }

    @Test
    void aWalkInPatronBorrowsAnItemWhoseTitleOthersHoldWhenNoCopyIsSetAsideForThem() {
        // 来館されている方の貸出が優先: the rules do not even ask whether holds wait for the title; only a copy
        // already set aside (trapped) for someone else is kept from the patron at the desk.
        assertTrue(check(onTheShelf()).isEmpty());
        assertEquals(
                java.util.List.of(
                        "standing",
                        "patronBlocked",
                        "itemStatus",
                        "loanable",
                        "trappedForAnother",
                        "trappedForThisPatron",
                        "loansNow",
                        "policy"),
                java.util.Arrays.stream(CheckoutRules.Attempt.class.getRecordComponents())
                        .map(c -> c.getName())
                        .toList());
    }

    @Test
    void aReferenceOnlyItemIsNeverLent() {
        CheckoutRules.Attempt a = new CheckoutRules.Attempt(
                CardStanding.VALID, false, ItemStatus.AVAILABLE, false, false, false, 0, LoanPolicy.FALLBACK);
        assertEquals(Optional.of(CheckoutRefusal.REFERENCE_ONLY), check(a));
        assertFalse(CheckoutRefusal.REFERENCE_ONLY.isConflict());
    }

    @Test
    void aCardPastItsRenewalDateIsRefusedBeforeAnythingElse() {
        CheckoutRules.Attempt a = new CheckoutRules.Attempt(
                CardStanding.EXPIRED, true, ItemStatus.ON_LOAN, false, false, false, 99, LoanPolicy.FALLBACK);
        assertEquals(Optional.of(CheckoutRefusal.CARD_EXPIRED), check(a));
        assertEquals(ErrorCode.CARD_EXPIRED, CheckoutRefusal.CARD_EXPIRED.code());
    }

    @Test
    void aCardNearItsRenewalDateStillBorrows() {
        CheckoutRules.Attempt a = new CheckoutRules.Attempt(
                CardStanding.RENEWAL_NEAR, false, ItemStatus.AVAILABLE, true, false, false, 0, LoanPolicy.FALLBACK);
        assertTrue(check(a).isEmpty());
    }

    @Test
    void aBlockedPatronIsRefused() {
        CheckoutRules.Attempt a = new CheckoutRules.Attempt(
                CardStanding.VALID, true, ItemStatus.AVAILABLE, true, false, false, 0, LoanPolicy.FALLBACK);
        assertEquals(Optional.of(CheckoutRefusal.PATRON_BLOCKED), check(a));
    }

    @Test
    void theLimitOfThePolicyIsReachedAtMaxLoans() {
        LoanPolicy three = new LoanPolicy("three", 14, 3, 1, 14);
        assertTrue(check(new CheckoutRules.Attempt(
                        CardStanding.VALID, false, ItemStatus.AVAILABLE, true, false, false, 2, three))
                .isEmpty());
        assertEquals(
                Optional.of(CheckoutRefusal.LOAN_LIMIT),
                check(new CheckoutRules.Attempt(
                        CardStanding.VALID, false, ItemStatus.AVAILABLE, true, false, false, 3, three)));
    }

    @Test
    void anItemAlreadyOnLoanIsAConflict() {
        CheckoutRules.Attempt a = new CheckoutRules.Attempt(
                CardStanding.VALID, false, ItemStatus.ON_LOAN, true, false, false, 0, LoanPolicy.FALLBACK);
        assertEquals(Optional.of(CheckoutRefusal.ITEM_ON_LOAN), check(a));
        assertTrue(CheckoutRefusal.ITEM_ON_LOAN.isConflict());
    }

    @Test
    void anItemSetAsideForAnotherPatronIsRefusedButItsOwnHolderBorrowsIt() {
        CheckoutRules.Attempt forAnother = new CheckoutRules.Attempt(
                CardStanding.VALID, false, ItemStatus.ON_HOLD_SHELF, true, true, false, 0, LoanPolicy.FALLBACK);
        assertEquals(Optional.of(CheckoutRefusal.ITEM_HELD_FOR_ANOTHER), check(forAnother));
        CheckoutRules.Attempt forThem = new CheckoutRules.Attempt(
                CardStanding.VALID, false, ItemStatus.ON_HOLD_SHELF, true, false, true, 0, LoanPolicy.FALLBACK);
        assertTrue(check(forThem).isEmpty());
    }

    @Test
    void aTrappedItemStillOnTheShelfIsNotLentToSomeoneElse() {
        CheckoutRules.Attempt a = new CheckoutRules.Attempt(
                CardStanding.VALID, false, ItemStatus.AVAILABLE, true, true, false, 0, LoanPolicy.FALLBACK);
        assertEquals(Optional.of(CheckoutRefusal.ITEM_HELD_FOR_ANOTHER), check(a));
    }

    @Test
    void missingWithdrawnAndInTransitItemsAreUnavailable() {
        for (ItemStatus status : new ItemStatus[] {ItemStatus.MISSING, ItemStatus.WITHDRAWN, ItemStatus.IN_TRANSIT}) {
            assertEquals(
                    Optional.of(CheckoutRefusal.ITEM_UNAVAILABLE),
                    check(new CheckoutRules.Attempt(
                            CardStanding.VALID, false, status, true, false, false, 0, LoanPolicy.FALLBACK)),
                    status.name());
        }
    }

    @Test
    void everyRefusalHasItsOwnStableCode() {
        assertEquals(
                CheckoutRefusal.values().length,
                java.util.Arrays.stream(CheckoutRefusal.values())
                        .map(CheckoutRefusal::code)
                        .distinct()
                        .count());
    }
}
