package jp.shiori.patron;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** 利用者: registration at the counter, card login, and the patron's own profile. */
public interface PatronAccounts {

    /**
     * Registers a patron (staff at the counter).
     *
     * @throws jp.shiori.common.RefusedException BAD_REQUEST for a malformed card number or a password the
     *         policy refuses, CONFLICT for a card already registered
     */
    long register(@NotNull @Valid NewPatron patron, @NotNull String staff);

    /** Checks a card login as typed; counts failures and locks the card after too many (see LoginThrottle). */
    LoginOutcome authenticate(String typedCard, String password);

    Optional<PatronProfile> profile(long patronId);

    /**
     * ユーザ設定 — パスワード変更: the current password, then the new one twice. Returns every problem;
     * when there is any, nothing changed.
     */
    List<PasswordProblem> changePassword(long patronId, String current, String next, String nextAgain);
}
