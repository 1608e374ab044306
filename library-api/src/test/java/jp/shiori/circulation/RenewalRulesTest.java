package jp.shiori.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.shiori.common.ErrorCode;
import jp.shiori.patron.CardStanding;
import org.junit.jupiter.api.Test;

class RenewalRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final RenewalRules.Circumstances FINE =
            new RenewalRules.Circumstances(CardStanding.VALID, false, false, TODAY);

    private static RenewalRules.Loan dueIn(int days, int renewals) {
        return new RenewalRules.Loan(false, TODAY.plusDays(days), renewals, LoanPolicy.FALLBACK);
    }

    @Test
    void aLoanInTimeNeverRenewedCanBeRenewed() {
        assertTrue(RenewalRules.refusals(dueIn(5, 0), FINE).isEmpty());
    }

    @Test
    void renewalIsAllowedOnTheDueDateItself() {
        assertTrue(RenewalRules.refusals(dueIn(0, 0), FINE).isEmpty());
    }

    @Test
    void renewalIsRefusedOnceTheLoanWasRenewedOnce() {
        assertEquals(List.of(RenewalRefusal.ALREADY_RENEWED), RenewalRules.refusals(dueIn(5, 1), FINE));
        assertEquals(ErrorCode.RENEWAL_LIMIT, RenewalRefusal.ALREADY_RENEWED.code());
    }

    @Test
    void renewalIsRefusedWhenAnotherPatronHoldsTheTitle() {
        RenewalRules.Circumstances held = new RenewalRules.Circumstances(CardStanding.VALID, false, true, TODAY);
        assertEquals(List.of(RenewalRefusal.HELD_BY_ANOTHER), RenewalRules.refusals(dueIn(5, 0), held));
    }

    @Test
    void renewalIsRefusedTheDayAfterTheDueDate() {
        assertEquals(List.of(RenewalRefusal.OVERDUE), RenewalRules.refusals(dueIn(-1, 0), FINE));
        assertTrue(RenewalRules.isOverdue(TODAY.minusDays(1), TODAY));
        assertFalse(RenewalRules.isOverdue(TODAY, TODAY));
    }

    @Test
    void renewalIsRefusedForAnExpiredCardOrABlockedPatron() {
        assertEquals(
                List.of(RenewalRefusal.CARD_EXPIRED),
                RenewalRules.refusals(
                        dueIn(5, 0), new RenewalRules.Circumstances(CardStanding.EXPIRED, false, false, TODAY)));
        assertEquals(
                List.of(RenewalRefusal.PATRON_BLOCKED),
                RenewalRules.refusals(
                        dueIn(5, 0), new RenewalRules.Circumstances(CardStanding.VALID, true, false, TODAY)));
    }

    @Test
    void everyReasonThatAppliesIsReportedTheOverdueOneBeforeTheLimit() {
        RenewalRules.Circumstances held = new RenewalRules.Circumstances(CardStanding.VALID, false, true, TODAY);
        assertEquals(
                List.of(RenewalRefusal.OVERDUE, RenewalRefusal.ALREADY_RENEWED, RenewalRefusal.HELD_BY_ANOTHER),
                RenewalRules.refusals(dueIn(-3, 1), held));
    }

    @Test
    void aReturnedLoanIsNotRenewedAndNothingElseIsSaid() {
        RenewalRules.Loan returned = new RenewalRules.Loan(true, TODAY.minusDays(10), 1, LoanPolicy.FALLBACK);
        assertEquals(List.of(RenewalRefusal.RETURNED), RenewalRules.refusals(returned, FINE));
    }

    @Test
    void aRenewalExtendsTwoWeeksFromTheCurrentDueDateNotFromToday() {
        LocalDate due = TODAY.plusDays(5);
        assertEquals(due.plusDays(14), RenewalRules.renewedDueDate(due, LoanPolicy.FALLBACK, day -> false));
    }

    @Test
    void aRenewedDueDateOnAClosedDayMovesToTheNextOpenDay() {
        LocalDate due = TODAY.plusDays(5);
        Set<LocalDate> closed = Set.of(due.plusDays(14), due.plusDays(15));
        assertEquals(due.plusDays(16), RenewalRules.renewedDueDate(due, LoanPolicy.FALLBACK, closed::contains));
    }

    @Test
    void overdueDaysCountFromTheDueDate() {
        assertEquals(0, RenewalRules.overdueDays(TODAY, TODAY));
        assertEquals(0, RenewalRules.overdueDays(TODAY.plusDays(3), TODAY));
        assertEquals(4, RenewalRules.overdueDays(TODAY.minusDays(4), TODAY));
    }
}
