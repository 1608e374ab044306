package jp.shiori.common.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import jp.shiori.common.LoginThrottle;

/**
 * The stored state of an account's failed logins (columns {@code login_failures}, {@code login_window_start},
 * {@code locked_until}, instants), shared by patrons and staff accounts; {@link LoginThrottle} decides with it.
 */
@Embeddable
public class LoginState {

    @Column(name = "login_failures", nullable = false)
    private int failures;

    @Column(name = "login_window_start")
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    public LoginThrottle throttle() {
        return new LoginThrottle(failures, windowStart, lockedUntil);
    }

    public void remember(LoginThrottle throttle) {
        failures = throttle.failures();
        windowStart = throttle.windowStart();
        lockedUntil = throttle.lockedUntil();
    }

    public boolean lockedAt(Instant now) {
        return throttle().isLocked(now);
    }
}
