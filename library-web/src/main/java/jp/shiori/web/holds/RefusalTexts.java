package jp.shiori.web.holds;

import java.util.Locale;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.HoldRefusal;
import jp.shiori.web.i18n.Messages;

/**
 * Why the holds service said no, in the reader's language ({@code hold.refusal.<code>}): one wording for the
 * placement form, My page and the counter.
 */
public final class RefusalTexts {

    static final String PREFIX = "hold.refusal.";

    private RefusalTexts() {}

    public static String of(Locale locale, HoldRefusal refusal) {
        return Messages.getOr(locale, PREFIX + refusal.code(), refusal.code());
    }

    /** A refusal raised as an exception: its words when the bundle has them, else the service's detail. */
    public static String of(Locale locale, RefusedException refused) {
        return Messages.getOr(locale, PREFIX + refused.code().code(), refused.getMessage());
    }
}
