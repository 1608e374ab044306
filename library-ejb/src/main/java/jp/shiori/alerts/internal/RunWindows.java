package jp.shiori.alerts.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * What a run of the mailing covers: from the end of the last completed run, less {@link #OVERLAP} (a title
 * catalogued in a transaction that committed late is not lost; the ledger drops what the overlap brings again),
 * to now; the first run ever from the beginning. An alert counts only what arrived after its registration.
 */
final class RunWindows {

    /** How far a run reaches back before the end of the last completed one. */
    static final Duration OVERLAP = Duration.ofHours(1);

    private RunWindows() {}

    /** The start of a new run's window; {@code lastEnd} null when no run has completed yet. */
    static Instant from(Instant lastEnd, Instant now) {
        Instant from = lastEnd == null ? Instant.EPOCH : lastEnd.minus(OVERLAP);
        return from.isBefore(now) ? from : now.minusMillis(1);
    }

    /** Where one alert's part of the window starts. */
    static Instant since(Instant windowFrom, Instant alertCreated) {
        return alertCreated.isAfter(windowFrom) ? alertCreated : windowFrom;
    }
}
