package jp.shiori.patron;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A patron as staff see it at the counter: everything registered, the card's standing, whether a
 * web-service password is set, blocks and a login lock.
 */
public record PatronRecord(
        long id,
        String cardNumber,
        String name,
        String nameKana,
        String address,
        String phone,
        String email,
        boolean emailVerified,
        PatronCategory category,
        LocalDate cardRenewalDate,
        CardStanding standing,
        boolean hasPassword,
        boolean loginLocked,
        boolean blocked,
        String blockReason,
        long version)
        implements Serializable {}
