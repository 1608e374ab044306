package jp.shiori.patron;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** The profiles of several patrons in one statement (a desk's list); unknown ids are left out. */
    Map<Long, PatronProfile> profiles(Collection<Long> patronIds);

    /**
     * Takes the patron's row lock until the caller's transaction ends, so that two requests for one patron (two
     * desks, two devices) are served one after the other; false when there is no such patron.
     */
    boolean lockForUpdate(long patronId);

    /**
     * The patron whose card was scanned or typed at a desk (with or without the "A", full-width digits), or
     * empty when nobody holds that card. Staff only: it says whether a card exists.
     */
    Optional<PatronProfile> byCard(String typedCard);

    /**
     * ユーザ設定 — パスワード変更: the current password, then the new one twice. Returns every problem;
     * when there is any, nothing changed.
     */
    List<PasswordProblem> changePassword(long patronId, String current, String next, String nextAgain);

    /**
     * ユーザ設定 — メールアドレス: mails a verification link to the new address; the address is the patron's
     * only once the link is followed (within 24 hours).
     *
     * @param linkBase the site's address the link starts with, e.g. {@code https://opac.example.jp/}
     * @throws jp.shiori.common.RefusedException BAD_REQUEST for an address that is not one
     */
    void requestEmailChange(long patronId, String email, String language, String linkBase);

    /** Follows a verification link: true when it was valid, unused and current. */
    boolean verifyEmail(String token);

    /**
     * パスワードを忘れた方: when the card and its verified e-mail address match, mails a single-use link valid for
     * 30 minutes. Answers nothing either way, so nobody learns whether a card or an address exists.
     */
    void requestPasswordReset(String typedCard, String email, String language, String linkBase);

    /** Sets a new password through a reset link; {@link PasswordProblem#LINK_INVALID} for a used or expired link. */
    List<PasswordProblem> resetPassword(String token, String next, String nextAgain);
}
