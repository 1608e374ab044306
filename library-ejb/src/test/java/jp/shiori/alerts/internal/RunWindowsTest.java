package jp.shiori.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a run of the new-arrival mailing covers. */
class RunWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T21:00:00Z");

    @Test
    void aRunStartsAnHourBeforeTheEndOfTheLastCompletedRun() {
        Instant lastEnd = NOW.minusSeconds(86_400);
        assertEquals(lastEnd.minusSeconds(3600), RunWindows.from(lastEnd, NOW));
    }

    @Test
    void theFirstRunReachesBackToTheBeginning() {
        assertEquals(Instant.EPOCH, RunWindows.from(null, NOW));
    }

    @Test
    void aWindowNeverEndsBeforeItStarts() {
        assertEquals(NOW.minusMillis(1), RunWindows.from(NOW.plusSeconds(7200), NOW));
    }

    @Test
    void anAlertCountsOnlyWhatArrivedAfterItsRegistration() {
        Instant from = NOW.minusSeconds(86_400);
        assertEquals(NOW.minusSeconds(60), RunWindows.since(from, NOW.minusSeconds(60)));
        assertEquals(from, RunWindows.since(from, from.minusSeconds(60)));
    }
}
