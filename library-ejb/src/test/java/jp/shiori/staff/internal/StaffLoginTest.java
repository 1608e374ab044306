package jp.shiori.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import jp.shiori.common.LoginThrottle.Policy;
import jp.shiori.patron.internal.FakePasswords;
import jp.shiori.staff.StaffRole;
import org.junit.jupiter.api.Test;

/** 職員ログイン: what a staff account's login checks, in which order. */
class StaffLoginTest {

    private static final Instant NOW = Instant.parse("2026-11-29T01:00:00Z");

    private final FakePasswords passwords = new FakePasswords();

    private static StaffAccount account(String hash) {
        return new StaffAccount("desk1", "窓口 一", Set.of(StaffRole.CIRCULATION), hash, NOW);
    }

    @Test
    void theRightPasswordLogsInAndAnOutdatedHashIsReplaced() {
        StaffAccount account = account("old:kushiro-desk-1");
        assertTrue(account.login("kushiro-desk-1", passwords, NOW, Policy.DEFAULT));
        assertTrue(account.login("kushiro-desk-1", passwords, NOW, Policy.DEFAULT), "the new hash works too");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForTheRightOneAsWellUntilTheLockEnds() {
        StaffAccount account = account("hash:kushiro-desk-1");
        for (int i = 0; i < 5; i++) {
            assertFalse(account.login("wrong", passwords, NOW.plusSeconds(i), Policy.DEFAULT));
        }
        assertTrue(account.lockedAt(NOW.plusSeconds(5)));
        assertFalse(account.login("kushiro-desk-1", passwords, NOW.plusSeconds(6), Policy.DEFAULT));
        assertTrue(account.login("kushiro-desk-1", passwords, NOW.plus(Duration.ofMinutes(16)), Policy.DEFAULT));
    }

    @Test
    void aDeactivatedAccountIsRefusedButStillCostsAPasswordCheck() {
        StaffAccount account = account("hash:kushiro-desk-1");
        account.update(Set.of(StaffRole.CIRCULATION), false, NOW);
        int before = passwords.checks;
        assertFalse(account.login("kushiro-desk-1", passwords, NOW, Policy.DEFAULT));
        assertEquals(before + 1, passwords.checks, "no answer by timing whether an account was deactivated");
    }

    @Test
    void anAdministratorsPasswordSetLiftsALock() {
        StaffAccount account = account("hash:kushiro-desk-1");
        for (int i = 0; i < 5; i++) {
            account.login("wrong", passwords, NOW, Policy.DEFAULT);
        }
        account.setPasswordHash(passwords.hash("kushiro-desk-2"), NOW);
        assertTrue(account.login("kushiro-desk-2", passwords, NOW, Policy.DEFAULT));
    }
}
