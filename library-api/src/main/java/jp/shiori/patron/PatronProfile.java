package jp.shiori.patron;

import java.time.LocalDate;

/** What My page shows of a patron's account. {@code cardNumber} as printed on the card. */
public record PatronProfile(
        long id,
        String cardNumber,
        String name,
        String nameKana,
        String email,
        boolean emailVerified,
        PatronCategory category,
        LocalDate cardRenewalDate,
        CardStanding standing) {
}
