package jp.shiori.common;

/**
 * Stable codes for refusals and errors, shared by the screens (message keys {@code error.<code>})
 * and the REST problem documents ({@code code} member). Codes never change once published.
 */
public enum ErrorCode {
    /** The requested resource (branch, title, ...) does not exist. */
    NOT_FOUND("not-found"),
    /** The request itself is malformed. */
    BAD_REQUEST("bad-request"),
    /** No valid credentials: a wrong card or password, or a missing or expired token. */
    UNAUTHORIZED("unauthorized"),
    /** The card is past its renewal date: renew it at the counter. */
    CARD_EXPIRED("card-expired"),
    /** No web-service password is registered for the card: register one at the counter. */
    NO_PASSWORD("no-password"),
    /** The caller may not do this. */
    FORBIDDEN("forbidden"),
    /** The request clashes with what exists (a barcode already in use, ...). */
    CONFLICT("conflict"),
    /** A catalog search broke a rule; the problem document lists which. */
    INVALID_SEARCH("invalid-search"),
    /** 貸出: the patron's account is blocked (利用停止); the counter says why. */
    PATRON_BLOCKED("patron-blocked"),
    /** 貸出: the item is reference-only (禁帯出) and may not leave the library. */
    REFERENCE_ONLY("reference-only"),
    /** 貸出: the patron already has as many items on loan as the loan policy allows. */
    LOAN_LIMIT("loan-limit"),
    /** 貸出: the item is already on loan (to this patron or another); check it in first. */
    ITEM_ON_LOAN("item-on-loan"),
    /** 貸出: the item is set aside (確保) for another patron's hold. */
    ITEM_HELD("item-held"),
    /** 貸出: the item is missing, withdrawn or in transit, so it cannot be lent now. */
    ITEM_UNAVAILABLE("item-unavailable"),
    /** 返却: the item is not on loan, so there is nothing to check in. */
    NOT_ON_LOAN("item-not-on-loan"),
    /** 延長: the loan was already renewed as often as the policy allows (once). */
    RENEWAL_LIMIT("renewal-limit"),
    /** 延長: the due date has passed; renew at the counter or by phone. */
    LOAN_OVERDUE("loan-overdue"),
    /** 延長: another patron holds the title (延長不可). */
    HELD_BY_ANOTHER("held-by-another"),
    /** 延長: the loan was already returned. */
    LOAN_RETURNED("loan-returned"),
    /** 予約: the holds cannot be placed; the problem document lists every reason (HoldRefusal codes). */
    HOLD_REFUSED("hold-refused"),
    /** 予約取消: the hold cannot be cancelled here (set aside already, or requested at the counter). */
    HOLD_NOT_CANCELLABLE("hold-not-cancellable"),
    /** 予約かご: the title has no loanable (帯出可) copy, so it cannot be held. */
    NOT_HOLDABLE("not-holdable"),
    /** 予約かご: the basket already holds as many titles as allowed (50). */
    BASKET_FULL("basket-full"),
    /** ブックリスト: a rule of the book list refused the request; the problem document says which (BookListRefusal). */
    BOOKLIST_REFUSED("booklist-refused"),
    /** 新着案内: the alert was not stored; the problem document lists every reason (AlertProblem codes). */
    ALERT_REFUSED("alert-refused"),
    /** The request body is larger than the operation accepts (1 MB for JSON, its own limit for a MARC import). */
    PAYLOAD_TOO_LARGE("payload-too-large"),
    /** The request body is of a media type the operation does not read (it reads JSON, or MARC for an import). */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
    /** The database or another dependency is unavailable. */
    SERVICE_UNAVAILABLE("service-unavailable"),
    /** Anything unexpected; details go to the server log only. */
    INTERNAL("internal");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
