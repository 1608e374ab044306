package jp.shiori.patron.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jp.shiori.patron.LoginThrottle;

/**
 * The stored state of an account's failed logins (columns {@code login_failures}, {@code login_window_start},
 * {@code locked_until}, UTC), shared by patrons and staff accounts; {@link LoginThrottle} decides with it.
 */
@Embeddable
public class LoginState {

    @Column(name = "login_failures", nullable = false)
    private int failures;

    @Column(name = "login_window_start")
    private LocalDateTime windowStart;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    public LoginThrottle throttle() {
        return new LoginThrottle(failures, instant(windowStart), instant(lockedUntil));
    }

    public void remember(LoginThrottle throttle) {
        failures = throttle.failures();
        windowStart = utc(throttle.windowStart());
        lockedUntil = utc(throttle.lockedUntil());
    }

    public boolean lockedAt(Instant now) {
        return throttle().isLocked(now);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
