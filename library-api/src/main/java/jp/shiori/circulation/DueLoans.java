package jp.shiori.circulation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/**
 * Circulation's answer to the reminder jobs: who has open loans due in a span of days, and which. The
 * reminders themselves (and what was already sent) belong to the notify context.
 */
public interface DueLoans {

    /** Patrons with an open loan due between {@code from} and {@code to} (inclusive), by id after {@code afterPatronId}. */
    List<Long> patronsWithLoansDue(
            @NotNull LocalDate from, @NotNull LocalDate to, long afterPatronId, @Positive int max);

    /** How many patrons {@link #patronsWithLoansDue} finds in the span. */
    long countPatronsWithLoansDue(@NotNull LocalDate from, @NotNull LocalDate to);

    /** The patron's open loans due between {@code from} and {@code to}, earliest first, with their renewal answer. */
    List<LoanView> loansDue(long patronId, @NotNull LocalDate from, @NotNull LocalDate to);
}
