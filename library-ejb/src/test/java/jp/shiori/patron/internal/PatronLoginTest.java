package jp.shiori.patron.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import jp.shiori.common.LoginThrottle.Policy;
import jp.shiori.patron.CardNumber;
import jp.shiori.patron.LoginOutcome.Result;
import jp.shiori.patron.PatronCategory;
import org.junit.jupiter.api.Test;

/** ログイン: the order of the checks of a card login and what each answers. */
class PatronLoginTest {

    private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final FakePasswords passwords = new FakePasswords();

    private static Patron patron(LocalDate renewal, String hash) {
        Patron p = new Patron(new CardNumber("0123456789"), false, "釧路 花子", PatronCategory.ADULT, renewal, NOW);
        p.setPasswordHash(hash, NOW);
        return p;
    }

    @Test
    void theRightPasswordOnAValidCardIsAccepted() {
        assertEquals(
                Result.ACCEPTED,
                patron(TODAY.plusYears(1), "hash:kushiro8").login("kushiro8", passwords, NOW, TODAY, Policy.DEFAULT));
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertEquals(
                Result.REFUSED,
                patron(TODAY.plusYears(1), "hash:kushiro8").login("nope", passwords, NOW, TODAY, Policy.DEFAULT));
    }

    @Test
    void aCardPastItsRenewalDateIsRefusedWithThatReasonOnlyAfterTheRightPassword() {
        Patron expired = patron(TODAY.minusDays(1), "hash:kushiro8");
        assertEquals(Result.REFUSED, expired.login("nope", passwords, NOW, TODAY, Policy.DEFAULT));
        assertEquals(Result.CARD_EXPIRED, expired.login("kushiro8", passwords, NOW, TODAY, Policy.DEFAULT));
    }

    @Test
    void aCardWithoutAPasswordIsSentToTheCounter() {
        assertEquals(
                Result.NO_PASSWORD,
                patron(TODAY.plusYears(1), null).login("anything", passwords, NOW, TODAY, Policy.DEFAULT));
    }

    @Test
    void fiveWrongPasswordsLockTheCardAndEvenTheRightOneIsThenRefusedWithoutBeingChecked() {
        Patron p = patron(TODAY.plusYears(1), "hash:kushiro8");
        for (int i = 0; i < 5; i++) {
            p.login("wrong" + i, passwords, NOW.plusSeconds(i), TODAY, Policy.DEFAULT);
        }
        int checksBefore = passwords.checks;

        assertTrue(p.lockedAt(NOW.plusSeconds(10)));
        assertEquals(Result.REFUSED, p.login("kushiro8", passwords, NOW.plusSeconds(10), TODAY, Policy.DEFAULT));
        assertEquals(checksBefore, passwords.checks);
        assertEquals(
                Result.ACCEPTED,
                p.login("kushiro8", passwords, NOW.plus(Duration.ofMinutes(16)), TODAY, Policy.DEFAULT));
        assertFalse(p.lockedAt(NOW.plus(Duration.ofMinutes(16))));
    }

    @Test
    void anOutdatedHashIsReplacedAtTheNextSuccessfulLogin() {
        Patron p = patron(TODAY.plusYears(1), "old:kushiro8");
        assertEquals(Result.ACCEPTED, p.login("kushiro8", passwords, NOW, TODAY, Policy.DEFAULT));
        assertEquals(
                Result.REFUSED,
                p.login(
                        "kushiro8",
                        new FakePasswords() {
                            @Override
                            public boolean matches(String password, String hash) {
                                return "old:kushiro8".equals(hash);
                            }
                        },
                        NOW,
                        TODAY,
                        Policy.DEFAULT),
                "the old hash is gone");
    }
}
