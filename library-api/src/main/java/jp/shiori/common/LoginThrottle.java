package jp.shiori.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Failed logins of one card: after {@code maxFailures} failures within {@code window} the card is locked for
 * {@code lockout}. A locked card answers like a wrong password, so nobody learns whether a card exists.
 *
 * @param failures     failures counted in the current window
 * @param windowStart  when the current window began (its first failure), null when none
 * @param lockedUntil  the end of a lockout, null when not locked
 */
public record LoginThrottle(int failures, Instant windowStart, Instant lockedUntil) {

    public static final LoginThrottle CLEAR = new LoginThrottle(0, null, null);

    /** The numbers of the rule, configurable by the library: 5 failures in 15 minutes lock for 15 minutes. */
    public record Policy(int maxFailures, Duration window, Duration lockout) {
        public static final Policy DEFAULT = new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

        /**
         * The library's settings {@code LIBRARY_LOGIN_MAX_FAILURES}, {@code LIBRARY_LOGIN_WINDOW_MINUTES} and
         * {@code LIBRARY_LOGIN_LOCKOUT_MINUTES}; a missing, zero or malformed value keeps the default.
         */
        public static Policy configured(java.util.function.UnaryOperator<String> settings) {
            return new Policy(
                    setting(settings, "LIBRARY_LOGIN_MAX_FAILURES", DEFAULT.maxFailures()),
                    Duration.ofMinutes(setting(
                            settings,
                            "LIBRARY_LOGIN_WINDOW_MINUTES",
                            DEFAULT.window().toMinutes())),
                    Duration.ofMinutes(setting(
                            settings,
                            "LIBRARY_LOGIN_LOCKOUT_MINUTES",
                            DEFAULT.lockout().toMinutes())));
        }

        private static int setting(java.util.function.UnaryOperator<String> settings, String name, long fallback) {
            String value = settings.apply(name);
            return value == null || !value.matches("\\d{1,6}") || Integer.parseInt(value) == 0
                    ? (int) fallback
                    : Integer.parseInt(value);
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** After a failed attempt: counts it in the window, and locks the card on the last allowed failure. */
    public LoginThrottle afterFailure(Instant now, Policy policy) {
        Objects.requireNonNull(now, "now");
        if (isLocked(now)) {
            return this;
        }
        boolean windowOpen = windowStart != null && now.isBefore(windowStart.plus(policy.window()));
        int counted = windowOpen ? failures + 1 : 1;
        Instant start = windowOpen ? windowStart : now;
        if (counted >= policy.maxFailures()) {
            return new LoginThrottle(0, null, now.plus(policy.lockout()));
        }
        return new LoginThrottle(counted, start, null);
    }

    /** A successful login forgets earlier failures. */
    public LoginThrottle afterSuccess() {
        return CLEAR;
    }
}
