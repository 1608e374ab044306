package jp.shiori.holds;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/**
 * 取置期限切れ, hold by hold, for the hold-expiry job: "1週間以内に受け取りがない場合はキャンセル". Each hold is
 * expired in a short transaction of its own (copy, then title locked, as every hold change), so a long run
 * holds no lock for long and a restart simply finds fewer holds.
 */
public interface HoldExpiry {

    /** How many ready holds are past their deadline on {@code today} (never those on their deadline day). */
    long countPastDeadline(@NotNull LocalDate today);

    /** The ids of ready holds past their deadline after {@code afterHoldId}, in id order, at most {@code max}. */
    List<Long> pastDeadline(@NotNull LocalDate today, long afterHoldId, @Positive int max);

    /**
     * Expires one hold if it is still ready and past its deadline, passing its copy to the next hold (with its
     * hold-ready mail) or back to the shelf, in a transaction of its own.
     *
     * @return true when this call expired it; false when it was collected, cancelled or expired meanwhile
     */
    boolean expire(long holdId, @NotNull LocalDate today, @NotBlank String actor);
}
