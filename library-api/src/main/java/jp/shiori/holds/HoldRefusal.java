package jp.shiori.holds;

/**
 * Why a hold cannot be placed, or cancelled by the patron. {@code code} is the stable message key suffix and
 * REST error code ({@code hold.refusal.<code>} on screens).
 */
public enum HoldRefusal {
    /** The title has no loanable (帯出可) copy: reference-only material cannot be held. */
    NO_LOANABLE_COPY("hold-no-loanable-copy"),
    /** The patron already holds this title. */
    ALREADY_HELD("hold-already-held"),
    /** The patron has this title on loan now. */
    ON_LOAN_TO_PATRON("hold-on-loan-to-patron"),
    /** More holds than the policy allows the patron. */
    TOO_MANY_HOLDS("hold-too-many"),
    CARD_EXPIRED("card-expired"),
    PATRON_BLOCKED("patron-blocked"),
    /** E-mail contact or a confirmation mail without a verified address. */
    EMAIL_NOT_VERIFIED("hold-email-not-verified"),
    /** No such title. */
    UNKNOWN_TITLE("hold-unknown-title"),
    /** No title selected, or more than a placement takes. */
    NO_TITLES("hold-no-titles"),
    /** The pickup branch does not exist or is not a pickup location. */
    UNKNOWN_PICKUP("hold-unknown-pickup"),
    /** The station is not one of the pickup branch's, or the branch needs one and none was given. */
    INVALID_STATION("hold-invalid-station"),
    /** Ordered needs two titles or more; any-N needs 1 ≤ N < the number of titles. */
    INVALID_TYPE("hold-invalid-type"),
    /** Cancelling: a copy is already set aside; only the counter or a phone call can cancel it now. */
    ALREADY_TRAPPED("hold-already-trapped"),
    /** Cancelling: the hold was requested at the counter; the counter or a phone call cancels it. */
    COUNTER_REQUESTED("hold-counter-requested"),
    /** Cancelling: the hold has ended already. */
    ALREADY_ENDED("hold-already-ended");

    private final String code;

    HoldRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
