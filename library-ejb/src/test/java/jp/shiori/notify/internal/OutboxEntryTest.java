package jp.shiori.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.notify.OutboxState;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    private static final Instant NOON = Instant.parse("2026-04-01T03:00:00Z"); // noon in Tokyo
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), 3);

    private OutboxEntry mail() {
        return new OutboxEntry("hanako@example.jp", "ja", new RenderedMail("件名", "本文"), NOON);
    }

    @Test
    void aNewMailIsDueAtOnce() {
        assertTrue(mail().isDue(NOON));
        assertEquals(OutboxState.PENDING, mail().view().state());
    }

    @Test
    void aFailedMailWaitsForItsNextAttemptAndKeepsTheError() {
        OutboxEntry mail = mail();

        mail.failed("Connection refused", schedule, NOON);

        assertEquals(OutboxState.PENDING, mail.view().state());
        assertEquals(1, mail.view().attempts());
        assertEquals("Connection refused", mail.view().lastError());
        assertFalse(mail.isDue(NOON.plusSeconds(9)));
        assertTrue(mail.isDue(NOON.plusSeconds(10)));
    }

    @Test
    void aMailIsDeadWhenItsLastTryFails() {
        OutboxEntry mail = mail();

        mail.failed("refused", schedule, NOON);
        mail.failed("refused", schedule, NOON.plusSeconds(10));
        mail.failed("refused", schedule, NOON.plusSeconds(30));

        assertEquals(OutboxState.DEAD, mail.view().state());
        assertFalse(mail.isDue(NOON.plus(Duration.ofDays(1))));
    }

    @Test
    void aResentDeadMailIsPendingWithFreshTries() {
        OutboxEntry mail = mail();
        for (int i = 0; i < 3; i++) {
            mail.failed("refused", schedule, NOON);
        }

        mail.resend(NOON.plus(Duration.ofHours(2)));

        assertEquals(OutboxState.PENDING, mail.view().state());
        assertEquals(0, mail.view().attempts());
        assertTrue(mail.isDue(NOON.plus(Duration.ofHours(2))));
    }

    @Test
    void aSentMailIsNotSentAgain() {
        OutboxEntry mail = mail();
        mail.sent(NOON);

        RefusedException refused = assertThrows(RefusedException.class, () -> mail.resend(NOON));
        assertEquals(ErrorCode.CONFLICT, refused.code());
        assertNull(mail.view().lastError());
    }

    @Test
    void aVeryLongErrorIsCutToTheColumn() {
        OutboxEntry mail = mail();

        mail.failed("x".repeat(5000), schedule, NOON);

        assertEquals(OutboxEntry.MAX_ERROR, mail.view().lastError().length());
    }
}
