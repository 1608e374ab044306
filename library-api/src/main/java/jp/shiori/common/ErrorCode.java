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
