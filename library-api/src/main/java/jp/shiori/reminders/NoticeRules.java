package jp.shiori.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which notice a loan or a card is due for on a day. 返却期限のお知らせ in the days before the due date (not on
 * it), 延滞のお知らせ from the day after and again from a week after; カード更新のお知らせ from a number of days before
 * the renewal date up to the date itself. Whether it was already given is the ledger's question, not this one.
 */
public final class NoticeRules {

    /** Days past the due date of the second overdue notice. */
    public static final int SECOND_OVERDUE_AFTER_DAYS = 7;

    private NoticeRules() {}

    public static Optional<NoticeKind> forLoan(LocalDate dueOn, LocalDate today, int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("days before the due date cannot be negative: " + daysBefore);
        }
        long late = ChronoUnit.DAYS.between(dueOn, today);
        if (late >= SECOND_OVERDUE_AFTER_DAYS) {
            return Optional.of(NoticeKind.OVERDUE_SECOND);
        }
        if (late >= 1) {
            return Optional.of(NoticeKind.OVERDUE_FIRST);
        }
        if (late < 0 && -late <= daysBefore) {
            return Optional.of(NoticeKind.DUE_SOON);
        }
        return Optional.empty();
    }

    public static boolean cardRenewalNear(LocalDate renewalDate, LocalDate today, int daysBefore) {
        return !renewalDate.isBefore(today) && !renewalDate.isAfter(today.plusDays(daysBefore));
    }
}
