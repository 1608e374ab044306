package jp.shiori.staff;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A staff login name as stored: NFKC-folded, lower case, 3 to 64 of {@code a-z 0-9 . _ -}, starting with a
 * letter or digit. Staff type it on the desk keyboard, sometimes with full-width input on.
 */
public final class StaffUsername {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private StaffUsername() {}

    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 256) {
            return Optional.empty();
        }
        String folded =
                Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return FORM.matcher(folded).matches() ? Optional.of(folded) : Optional.empty();
    }
}
