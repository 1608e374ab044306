package jp.shiori.patron;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * 利用者カードの更新: a card is renewed once a year at the counter. Past its renewal date the web service
 * refuses the patron and says why; within {@link #NOTICE_DAYS} days before it, the patron is reminded.
 */
public enum CardStanding {
    VALID,
    RENEWAL_NEAR,
    EXPIRED;

    public static final int NOTICE_DAYS = 30;

    /** On the renewal date itself the card still works; the day after, it does not. */
    public static CardStanding of(LocalDate renewalDate, LocalDate today) {
        Objects.requireNonNull(renewalDate, "renewalDate");
        if (today.isAfter(renewalDate)) {
            return EXPIRED;
        }
        return ChronoUnit.DAYS.between(today, renewalDate) <= NOTICE_DAYS ? RENEWAL_NEAR : VALID;
    }

    /** Where a renewal at the counter counts the new year from (a policy setting of the library). */
    public enum RenewalBase {
        TODAY,
        PREVIOUS_DATE
    }

    /** The next renewal date after renewing today: one year from today, or from the previous date. */
    public static LocalDate renewedUntil(LocalDate previous, LocalDate today, RenewalBase base) {
        // An expired card counts from today, or its new date could already be past.
        LocalDate from =
                base == RenewalBase.PREVIOUS_DATE && previous != null && !previous.isBefore(today) ? previous : today;
        return from.plusYears(1);
    }
}
