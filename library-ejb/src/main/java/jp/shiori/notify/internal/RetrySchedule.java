package jp.shiori.notify.internal;

import java.time.Duration;

/**
 * When a failed mail is tried again: the pause doubles with every failed attempt, starting at
 * {@code base} and never longer than an hour; after {@code maxAttempts} failures the mail is dead.
 */
record RetrySchedule(Duration base, int maxAttempts) {

    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    RetrySchedule {
        if (base.isNegative() || base.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("retry base must be positive and attempts at least 1");
        }
    }

    /** After this many failed attempts the mail is not tried again. */
    boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    /** The pause after the n-th failed attempt (n ≥ 1): base, 2·base, 4·base … at most an hour. */
    Duration pauseAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 30) {
            return LONGEST_PAUSE;
        }
        Duration pause = base.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
