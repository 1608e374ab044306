package jp.shiori.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aReminderComesInTheDaysBeforeTheDueDateButNotOnIt() {
        assertEquals(Optional.of(NoticeKind.DUE_SOON), NoticeRules.forLoan(TODAY.plusDays(2), TODAY, 2));
        assertEquals(Optional.of(NoticeKind.DUE_SOON), NoticeRules.forLoan(TODAY.plusDays(1), TODAY, 2));
        assertEquals(Optional.empty(), NoticeRules.forLoan(TODAY.plusDays(3), TODAY, 2));
        assertEquals(Optional.empty(), NoticeRules.forLoan(TODAY, TODAY, 2), "due today: no notice today");
    }

    @Test
    void overdueNoticesComeTheDayAfterAndAWeekAfter() {
        assertEquals(Optional.of(NoticeKind.OVERDUE_FIRST), NoticeRules.forLoan(TODAY.minusDays(1), TODAY, 2));
        assertEquals(Optional.of(NoticeKind.OVERDUE_FIRST), NoticeRules.forLoan(TODAY.minusDays(6), TODAY, 2));
        assertEquals(Optional.of(NoticeKind.OVERDUE_SECOND), NoticeRules.forLoan(TODAY.minusDays(7), TODAY, 2));
        assertEquals(Optional.of(NoticeKind.OVERDUE_SECOND), NoticeRules.forLoan(TODAY.minusDays(40), TODAY, 2));
    }

    @Test
    void aRenewedLoanIsDueForANewReminderAtItsNewDate() {
        LocalDate renewed = TODAY.plusDays(2).plusDays(14);
        assertEquals(Optional.empty(), NoticeRules.forLoan(renewed, TODAY, 2));
        assertEquals(Optional.of(NoticeKind.DUE_SOON), NoticeRules.forLoan(renewed, renewed.minusDays(2), 2));
    }

    @Test
    void aCardRenewalReminderCoversTheDaysUpToTheRenewalDate() {
        assertTrue(NoticeRules.cardRenewalNear(TODAY.plusDays(30), TODAY, 30));
        assertTrue(NoticeRules.cardRenewalNear(TODAY, TODAY, 30));
        assertFalse(NoticeRules.cardRenewalNear(TODAY.plusDays(31), TODAY, 30));
        assertFalse(NoticeRules.cardRenewalNear(TODAY.minusDays(1), TODAY, 30), "expired: the counter says so");
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NoticeRules.forLoan(TODAY, TODAY, -1));
    }
}
