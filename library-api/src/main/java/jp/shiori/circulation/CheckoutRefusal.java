package jp.shiori.circulation;

import jp.shiori.common.ErrorCode;

/**
 * Why the desk cannot lend an item to the patron in front of it. {@link #isConflict()} separates the state of
 * the item (409: check it in, put it back) from the rules of lending (422: the patron or the item may not).
 */
public enum CheckoutRefusal {
    CARD_EXPIRED(ErrorCode.CARD_EXPIRED, false),
    PATRON_BLOCKED(ErrorCode.PATRON_BLOCKED, false),
    ITEM_ON_LOAN(ErrorCode.ITEM_ON_LOAN, true),
    ITEM_HELD_FOR_ANOTHER(ErrorCode.ITEM_HELD, true),
    ITEM_UNAVAILABLE(ErrorCode.ITEM_UNAVAILABLE, true),
    REFERENCE_ONLY(ErrorCode.REFERENCE_ONLY, false),
    LOAN_LIMIT(ErrorCode.LOAN_LIMIT, false);

    private final ErrorCode code;
    private final boolean conflict;

    CheckoutRefusal(ErrorCode code, boolean conflict) {
        this.code = code;
        this.conflict = conflict;
    }

    public ErrorCode code() {
        return code;
    }

    public boolean isConflict() {
        return conflict;
    }
}
