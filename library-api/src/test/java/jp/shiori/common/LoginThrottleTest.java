package jp.shiori.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import jp.shiori.common.LoginThrottle.Policy;
import org.junit.jupiter.api.Test;

/** After five failures in fifteen minutes a card is locked for fifteen minutes. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final Policy POLICY = Policy.DEFAULT;

    private static LoginThrottle failures(int n, Duration apart) {
        LoginThrottle throttle = LoginThrottle.CLEAR;
        for (int i = 0; i < n; i++) {
            throttle = throttle.afterFailure(T0.plus(apart.multipliedBy(i)), POLICY);
        }
        return throttle;
    }

    @Test
    void fourFailuresDoNotLockTheCard() {
        assertFalse(failures(4, Duration.ofMinutes(1)).isLocked(T0.plus(Duration.ofMinutes(4))));
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksTheCardForFifteenMinutes() {
        LoginThrottle locked = failures(5, Duration.ofMinutes(3)); // the fifth at 12 minutes
        Instant fifth = T0.plus(Duration.ofMinutes(12));

        assertTrue(locked.isLocked(fifth));
        assertTrue(locked.isLocked(fifth.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(locked.isLocked(fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        assertFalse(failures(5, Duration.ofMinutes(4)).isLocked(T0.plus(Duration.ofMinutes(16))));
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        LoginThrottle locked = failures(5, Duration.ofMinutes(1));
        assertEquals(locked, locked.afterFailure(T0.plus(Duration.ofMinutes(10)), POLICY));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        assertEquals(LoginThrottle.CLEAR, failures(3, Duration.ofMinutes(1)).afterSuccess());
    }

    @Test
    void theLibraryConfiguresTheNumbersAndNonsenseKeepsTheDefaults() {
        java.util.Map<String, String> settings = java.util.Map.of(
                "LIBRARY_LOGIN_MAX_FAILURES",
                "3",
                "LIBRARY_LOGIN_WINDOW_MINUTES",
                "abc",
                "LIBRARY_LOGIN_LOCKOUT_MINUTES",
                "60");
        LoginThrottle.Policy policy = LoginThrottle.Policy.configured(settings::get);
        assertEquals(new LoginThrottle.Policy(3, Duration.ofMinutes(15), Duration.ofMinutes(60)), policy);
        assertEquals(LoginThrottle.Policy.DEFAULT, LoginThrottle.Policy.configured(name -> null));
    }
}
