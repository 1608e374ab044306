package jp.shiori.patron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import jp.shiori.patron.CardStanding.RenewalBase;
import org.junit.jupiter.api.Test;

/** 利用者カードの更新: refused past the renewal date, reminded within thirty days of it. */
class CardStandingTest {

    private static final LocalDate RENEWAL = LocalDate.of(2027, 3, 31);

    @Test
    void theCardWorksUpToAndIncludingItsRenewalDate() {
        assertEquals(CardStanding.RENEWAL_NEAR, CardStanding.of(RENEWAL, RENEWAL));
        assertEquals(CardStanding.EXPIRED, CardStanding.of(RENEWAL, RENEWAL.plusDays(1)));
    }

    @Test
    void thePatronIsRemindedInTheLastThirtyDays() {
        assertEquals(CardStanding.VALID, CardStanding.of(RENEWAL, RENEWAL.minusDays(31)));
        assertEquals(CardStanding.RENEWAL_NEAR, CardStanding.of(RENEWAL, RENEWAL.minusDays(30)));
    }

    @Test
    void aRenewalAddsOneYearFromTodayOrFromThePreviousDateAsTheLibraryChooses() {
        LocalDate today = LocalDate.of(2027, 3, 20);
        assertEquals(LocalDate.of(2028, 3, 20), CardStanding.renewedUntil(RENEWAL, today, RenewalBase.TODAY));
        assertEquals(LocalDate.of(2028, 3, 31), CardStanding.renewedUntil(RENEWAL, today, RenewalBase.PREVIOUS_DATE));
    }

    @Test
    void anExpiredCardIsRenewedFromToday() {
        LocalDate today = LocalDate.of(2027, 5, 1);
        assertEquals(LocalDate.of(2028, 5, 1), CardStanding.renewedUntil(RENEWAL, today, RenewalBase.PREVIOUS_DATE));
    }
}
