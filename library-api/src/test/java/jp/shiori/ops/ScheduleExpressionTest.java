package jp.shiori.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z"); // 19:00 in Tokyo

    @Test
    void holdExpiryAtHalfPastMidnightTokyoTimeRunsNextAtTheComingMidnight() {
        List<ZonedDateTime> next =
                ScheduleExpression.parse("30 0 * * *", "Asia/Tokyo").next(NOW, 5);
        assertEquals(5, next.size());
        assertEquals(ZonedDateTime.parse("2026-12-02T00:30+09:00[Asia/Tokyo]"), next.get(0));
        assertEquals(ZonedDateTime.parse("2026-12-06T00:30+09:00[Asia/Tokyo]"), next.get(4));
    }

    @Test
    void theSameExpressionInAnotherZoneIsAnotherInstant() {
        Instant tokyo = ScheduleExpression.parse("0 7 * * *", "Asia/Tokyo")
                .nextAfter(NOW)
                .orElseThrow();
        Instant utc =
                ScheduleExpression.parse("0 7 * * *", "UTC").nextAfter(NOW).orElseThrow();
        assertEquals(Instant.parse("2026-12-01T22:00:00Z"), tokyo);
        assertEquals(Instant.parse("2026-12-02T07:00:00Z"), utc);
    }

    @Test
    void weekdaysAndStepsAreUnderstood() {
        List<ZonedDateTime> weekdays =
                ScheduleExpression.parse("0 7 * * 1-5", "Asia/Tokyo").next(NOW, 5);
        assertTrue(weekdays.stream().allMatch(t -> t.getDayOfWeek().getValue() <= 5), weekdays.toString());
        List<ZonedDateTime> tenMinutes =
                ScheduleExpression.parse("*/10 * * * *", "Asia/Tokyo").next(NOW, 2);
        assertEquals(10, tenMinutes.get(1).getMinute() - tenMinutes.get(0).getMinute());
    }

    @Test
    void theTickIsStrictlyAfterTheInstantGiven() {
        Instant tick = Instant.parse("2026-12-01T15:30:00Z"); // 00:30 Tokyo
        assertEquals(
                tick.plusSeconds(86_400),
                ScheduleExpression.parse("30 0 * * *", "Asia/Tokyo")
                        .nextAfter(tick)
                        .orElseThrow());
    }

    @Test
    void whatCannotBeReadIsRefusedWithAReason() {
        for (String bad : List.of(
                "", "   ", "every day", "61 * * * *", "* 25 * * *", "0 0 0 0 0 0 0", "*/0 * * * *", "x".repeat(101))) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> ScheduleExpression.parse(bad, "Asia/Tokyo"), bad);
            assertTrue(!e.getMessage().isBlank());
        }
        assertThrows(IllegalArgumentException.class, () -> ScheduleExpression.parse("0 7 * * *", "Mars/Olympus"));
        assertThrows(IllegalArgumentException.class, () -> ScheduleExpression.parse("0 7 * * *", null));
    }

    @Test
    void spacesAreFolded() {
        assertEquals(
                "30 0 * * *",
                ScheduleExpression.parse("  30   0 * *  * ", "Asia/Tokyo").text());
    }
}
