package jp.shiori.patron;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/**
 * What the reminder jobs ask of the patron context: cards whose renewal date is near, and whether a patron wants
 * due-date mail (ユーザ設定; on unless the patron turned it off).
 */
public interface PatronReminders {

    /** Patrons whose card renewal date lies between {@code from} and {@code to} (inclusive), by id. */
    List<PatronProfile> cardsRenewingBetween(
            @NotNull LocalDate from, @NotNull LocalDate to, long afterPatronId, @Positive int max);

    long countCardsRenewingBetween(@NotNull LocalDate from, @NotNull LocalDate to);

    boolean wantsDueDateMail(long patronId);

    /** ユーザ設定: the patron turns due-date reminder mail on or off. */
    void chooseDueDateMail(long patronId, boolean wanted);
}
