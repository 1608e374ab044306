package jp.shiori.patron.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.patron.CardNumber;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.LoginOutcome;
import jp.shiori.patron.LoginOutcome.Result;
import jp.shiori.patron.LoginThrottle;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PasswordPolicy;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

@Stateless
public class DefaultPatronAccounts implements PatronAccounts {

    /** The library's day: card renewal dates are dates in Japan. */
    static final ZoneId LIBRARY_ZONE = ZoneId.of("Asia/Tokyo");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    /** 5 failures in 15 minutes lock a card for 15 minutes unless the library configures otherwise. */
    static final LoginThrottle.Policy THROTTLE = new LoginThrottle.Policy(
            setting("LIBRARY_LOGIN_MAX_FAILURES", LoginThrottle.Policy.DEFAULT.maxFailures()),
            Duration.ofMinutes(setting("LIBRARY_LOGIN_WINDOW_MINUTES", 15)),
            Duration.ofMinutes(setting("LIBRARY_LOGIN_LOCKOUT_MINUTES", 15)));

    private final Clock clock = Clock.systemUTC();

    private static int setting(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || !value.matches("\\d{1,6}") || Integer.parseInt(value) == 0 ? fallback : Integer.parseInt(value);
    }

    @Override
    public long register(NewPatron patron, String staff) {
        CardNumber card = CardNumber.parse(patron.cardNumber()).orElseThrow(() -> new RefusedException(
                ErrorCode.BAD_REQUEST, "The card number must be 4 to 20 digits, with the leading A of older cards."));
        if (patron.initialPassword() != null) {
            List<PasswordProblem> problems = PasswordPolicy.problems(patron.initialPassword(), card);
            if (!problems.isEmpty()) {
                throw new RefusedException(ErrorCode.BAD_REQUEST, "The password is not acceptable: "
                        + problems.stream().map(PasswordProblem::code).toList());
            }
        }
        if (find(card).isPresent()) {
            throw new RefusedException(ErrorCode.CONFLICT, "The card " + card.digits() + " is already registered.");
        }
        Instant now = clock.instant();
        boolean legacy = Normalizer.normalize(patron.cardNumber(), Normalizer.Form.NFKC).strip().toUpperCase().startsWith("A");
        Patron registered = new Patron(card, legacy, patron.name().strip(), patron.category(), patron.cardRenewalDate(), now);
        registered.describe(patron.nameKana(), patron.address(), patron.phone(), patron.email());
        if (patron.initialPassword() != null) {
            registered.setPasswordHash(passwords.hash(patron.initialPassword()), now);
        }
        em.persist(registered);
        em.flush();
        audit(staff, "patron-registered", registered.id(), null);
        return registered.id();
    }

    @Override
    public LoginOutcome authenticate(String typedCard, String password) {
        Optional<Patron> patron = CardNumber.parse(typedCard).flatMap(this::find);
        if (patron.isEmpty()) {
            passwords.matches(password, null); // as long as a real check: no enumeration by timing
            return LoginOutcome.of(Result.REFUSED);
        }
        Patron p = patron.get();
        Instant now = clock.instant();
        boolean lockedBefore = p.lockedAt(now);
        Result result = p.login(password, passwords, now, LocalDate.now(clock.withZone(LIBRARY_ZONE)), THROTTLE);
        if (!lockedBefore && p.lockedAt(now)) {
            audit("system", "login-locked", p.id(), "too many failed logins");
        }
        return result == Result.ACCEPTED ? LoginOutcome.accepted(p.id()) : LoginOutcome.of(result);
    }

    @Override
    public Optional<PatronProfile> profile(long patronId) {
        return Optional.ofNullable(em.find(Patron.class, patronId)).map(p -> new PatronProfile(p.id(),
                p.card().printed(p.legacyCard()), p.name(), p.nameKana(), p.email(), p.emailVerified(), p.category(),
                p.cardRenewalDate(), CardStanding.of(p.cardRenewalDate(), LocalDate.now(clock.withZone(LIBRARY_ZONE)))));
    }

    @Override
    public List<PasswordProblem> changePassword(long patronId, String current, String next, String nextAgain) {
        Patron patron = em.find(Patron.class, patronId);
        if (patron == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No patron has the id " + patronId + ".");
        }
        List<PasswordProblem> problems = new java.util.ArrayList<>();
        if (!patron.passwordMatches(current, passwords)) {
            problems.add(PasswordProblem.WRONG_CURRENT);
        }
        if (next == null || !next.equals(nextAgain)) {
            problems.add(PasswordProblem.MISMATCH);
        }
        problems.addAll(PasswordPolicy.problems(next, patron.card()));
        if (problems.isEmpty()) {
            patron.setPasswordHash(passwords.hash(next), clock.instant());
            audit("patron:" + patronId, "password-changed", patronId, null);
        }
        return problems;
    }

    private Optional<Patron> find(CardNumber card) {
        return em.createNamedQuery(Patron.BY_CARD, Patron.class).setParameter("card", card.digits())
                .getResultStream().findFirst();
    }

    private void audit(String actor, String action, Long patronId, String detail) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), actor, action, "patron:" + patronId, detail));
    }
}
