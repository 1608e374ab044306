package jp.shiori.circulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jp.shiori.patron.CardStanding;

/**
 * 貸出期間の延長, as the guide says it: once per loan; two weeks counted from the current due date, not from
 * today; not when another patron holds the title; not once the due date has passed (the patron asks the
 * counter or phones). Each rule is a separate check, and every one that applies is reported.
 */
public final class RenewalRules {

    private RenewalRules() {}

    /** A loan as the renewal rules see it. */
    public record Loan(boolean returned, LocalDate dueOn, int renewals, LoanPolicy policy) {}

    /** The patron and the title's holds at the moment of asking. */
    public record Circumstances(CardStanding standing, boolean patronBlocked, boolean heldByAnother, LocalDate today) {}

    /** Every reason that stops the renewal, most actionable first; empty when it may be renewed. */
    public static List<RenewalRefusal> refusals(Loan loan, Circumstances now) {
        List<RenewalRefusal> reasons = new ArrayList<>();
        if (loan.returned()) {
            reasons.add(RenewalRefusal.RETURNED);
            return reasons;
        }
        if (now.standing() == CardStanding.EXPIRED) {
            reasons.add(RenewalRefusal.CARD_EXPIRED);
        }
        if (now.patronBlocked()) {
            reasons.add(RenewalRefusal.PATRON_BLOCKED);
        }
        if (isOverdue(loan.dueOn(), now.today())) {
            reasons.add(RenewalRefusal.OVERDUE);
        }
        if (loan.renewals() >= loan.policy().maxRenewals()) {
            reasons.add(RenewalRefusal.ALREADY_RENEWED);
        }
        if (now.heldByAnother()) {
            reasons.add(RenewalRefusal.HELD_BY_ANOTHER);
        }
        return reasons;
    }

    /** The due date itself is still in time; the day after it is overdue. */
    public static boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Days past the due date on {@code day}; 0 when in time. */
    public static long overdueDays(LocalDate dueOn, LocalDate day) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(dueOn, day));
    }

    /** The new due date: the policy's extension from the current due date, past the owning branch's closed days. */
    public static LocalDate renewedDueDate(LocalDate dueOn, LoanPolicy policy, Predicate<LocalDate> closed) {
        return DueDates.due(dueOn, policy.renewalDays(), closed);
    }
}
