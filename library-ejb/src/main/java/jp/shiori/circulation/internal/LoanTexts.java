package jp.shiori.circulation.internal;

import jp.shiori.branch.BranchRef;
import jp.shiori.catalog.ItemRef;
import jp.shiori.circulation.CheckoutRefusal;
import jp.shiori.circulation.LoanPolicy;
import jp.shiori.circulation.RenewalRefusal;
import jp.shiori.patron.PatronProfile;

/** The desk's and the patron's words for a refused check-out or renewal (the problem's detail). */
final class LoanTexts {

    private LoanTexts() {}

    static String checkoutRefused(CheckoutRefusal refusal, ItemRef item, PatronProfile patron, LoanPolicy policy) {
        return switch (refusal) {
            case CARD_EXPIRED ->
                "The card is past its renewal date (" + patron.cardRenewalDate()
                        + "): renew it at the counter before borrowing.";
            case PATRON_BLOCKED -> "The patron's account is blocked; nothing can be lent.";
            case ITEM_ON_LOAN -> "The item " + item.barcode() + " is already on loan; check it in first.";
            case ITEM_HELD_FOR_ANOTHER -> "The item " + item.barcode() + " is set aside for another patron's hold.";
            case ITEM_UNAVAILABLE -> "The item " + item.barcode() + " is " + item.status() + " and cannot be lent.";
            case REFERENCE_ONLY -> "The item " + item.barcode() + " is reference-only (禁帯出) and cannot be lent.";
            case LOAN_LIMIT -> "The patron already has " + policy.maxLoans() + " items on loan, the limit.";
        };
    }

    static String renewalRefused(RenewalRefusal refusal, Loan loan, BranchRef owner) {
        return switch (refusal) {
            case RETURNED -> "The loan was already returned.";
            case CARD_EXPIRED -> "The card is past its renewal date: renew it at a library counter.";
            case PATRON_BLOCKED -> "The account is blocked: please contact the library.";
            case OVERDUE ->
                "The due date (" + loan.dueOn() + ") has passed: please renew at the counter or by phone ("
                        + owner.phone() + ").";
            case ALREADY_RENEWED -> "The loan was already renewed; a loan is renewed once.";
            case HELD_BY_ANOTHER -> "Another patron holds this title, so the loan cannot be renewed.";
        };
    }
}
