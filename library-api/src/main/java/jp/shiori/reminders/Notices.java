package jp.shiori.reminders;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;

/**
 * 更新日が近づいているお客様には、Eメールか窓口でお知らせ: reminders and notices for one patron at a time, for the
 * reminder jobs. A notice ledger with a unique key per notice, written in the same transaction as the outbox
 * row, makes every call idempotent: a rerun, a restarted execution or a second instance sends nothing twice.
 */
public interface Notices {

    /**
     * Mails one digest of the patron's loans due within {@code daysBefore} days after {@code today} that were not
     * reminded of for their current due date, and one overdue notice for loans one day and one week past due.
     * Patrons without a verified address get none; those who turned due-date mail off get only the overdue notices.
     *
     * @return the number of mails written to the outbox (0 to 3)
     */
    int remindOfDueLoans(long patronId, @NotNull LocalDate today, @PositiveOrZero int daysBefore);

    /**
     * Reminds a patron whose card renewal date is near: a mail with the date, what to bring and the branches'
     * phones when the patron has a verified address, otherwise a line on the counter list. Once per renewal date.
     *
     * @return true when a notice (mail or counter line) was recorded by this call
     */
    boolean remindOfCardRenewal(long patronId, @NotNull LocalDate today);

    /** 窓口でお知らせ: patrons to tell at the counter that their card renewal date is near (no verified address). */
    List<CounterNotice> counterList(@NotNull LocalDate today);

    /** One line of the counter list. */
    record CounterNotice(long patronId, String cardNumber, String name, LocalDate renewalDate) {}
}
