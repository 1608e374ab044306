package jp.shiori.holds;

/**
 * Why a hold ended without a loan, stored as a code and put into words by each screen in its own language
 * ({@code holds.end.<code>} in the bundles). Only {@link #STAFF_CANCELLED} carries words of its own: the reason the
 * librarian typed.
 */
public enum HoldEndReason {
    /** 取消（利用者）: the patron cancelled it on My page or through the app. */
    PATRON_CANCELLED,
    /** 取置期限切れ: not collected within the pickup week (1週間以内に受け取りがない場合はキャンセル). */
    NOT_COLLECTED,
    /** いずれか予約: the patron's any-N placement got its N titles, so the other titles were released. */
    ANY_N_COMPLETE,
    /** Cancelled by staff at the counter or the hold shelf, with the reason they gave. */
    STAFF_CANCELLED
}
