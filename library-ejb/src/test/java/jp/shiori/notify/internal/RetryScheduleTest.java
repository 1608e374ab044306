package jp.shiori.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), 8);

    @Test
    void thePauseDoublesAfterEveryFailedAttempt() {
        assertEquals(Duration.ofSeconds(10), schedule.pauseAfter(1));
        assertEquals(Duration.ofSeconds(20), schedule.pauseAfter(2));
        assertEquals(Duration.ofSeconds(40), schedule.pauseAfter(3));
        assertEquals(Duration.ofSeconds(80), schedule.pauseAfter(4));
    }

    @Test
    void thePauseIsNeverLongerThanAnHour() {
        assertEquals(Duration.ofHours(1), schedule.pauseAfter(10));
        assertEquals(Duration.ofHours(1), schedule.pauseAfter(1000));
    }

    @Test
    void aMailIsDeadAfterTheLastAllowedAttemptFails() {
        assertFalse(schedule.exhausted(7));
        assertTrue(schedule.exhausted(8));
    }

    @Test
    void aScheduleWithoutPauseOrTriesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, 3));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(1), 0));
    }
}
