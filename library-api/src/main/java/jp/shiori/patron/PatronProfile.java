package jp.shiori.patron;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What My page and the circulation desk show of a patron's account. {@code cardNumber} as printed on the
 * card; {@code blocked}: staff stopped the account (利用停止), so nothing is lent or renewed.
 */
public record PatronProfile(
        long id,
        String cardNumber,
        String name,
        String nameKana,
        String email,
        boolean emailVerified,
        PatronCategory category,
        LocalDate cardRenewalDate,
        CardStanding standing,
        boolean blocked)
        implements Serializable {}
