package jp.shiori.alerts;

import java.util.ArrayList;
import java.util.List;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.PatronProfile;

/**
 * Who may use 新着案内配信サービス and who receives its mail, as the guide says: "メールアドレスのご登録が必要" —
 * a verified address; as many alerts as the library's policy allows; a blocked card or one past its renewal
 * date receives nothing. (Not on the library's OPAC terminals: the web layer knows the terminal.)
 */
public final class AlertRules {

    /** The policy's limit when the library has not set one. */
    public static final int DEFAULT_LIMIT = 20;

    private AlertRules() {}

    /** Why the patron may not register one more alert, having {@code existing}; empty when they may. */
    public static List<AlertProblem> mayRegister(PatronProfile patron, long existing, int limit) {
        List<AlertProblem> problems = new ArrayList<>();
        if (!hasVerifiedEmail(patron)) {
            problems.add(AlertProblem.EMAIL_NOT_VERIFIED);
        }
        if (existing >= limit) {
            problems.add(AlertProblem.ALERT_LIMIT);
        }
        return problems;
    }

    public static boolean hasVerifiedEmail(PatronProfile patron) {
        return patron.emailVerified()
                && patron.email() != null
                && !patron.email().isBlank();
    }

    /** Whether the patron's alerts are mailed now: a verified address, a card neither blocked nor expired. */
    public static boolean receivesMail(PatronProfile patron) {
        return hasVerifiedEmail(patron) && !patron.blocked() && patron.standing() != CardStanding.EXPIRED;
    }
}
