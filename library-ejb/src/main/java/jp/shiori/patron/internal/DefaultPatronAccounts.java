package jp.shiori.patron.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.LoginThrottle;
import jp.shiori.common.RefusedException;
import jp.shiori.common.internal.AuditTrail;
import jp.shiori.common.internal.Passwords;
import jp.shiori.notify.MailMessage;
import jp.shiori.notify.MailOutbox;
import jp.shiori.patron.CardNumber;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.LoginOutcome;
import jp.shiori.patron.LoginOutcome.Result;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PasswordPolicy;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

@ValidateOnExecution
@Stateless
public class DefaultPatronAccounts implements PatronAccounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @EJB
    private MailOutbox outbox;

    @EJB
    private BranchDirectory branches;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** 5 failures in 15 minutes lock a card for 15 minutes unless the library configures otherwise. */
    static final LoginThrottle.Policy THROTTLE = LoginThrottle.Policy.configured(System::getenv);

    @Inject
    private LibraryClock clock;

    @EJB
    private AuditTrail auditTrail;

    @Override
    public long register(NewPatron patron, String staff) {
        CardNumber card = CardNumber.parse(patron.cardNumber())
                .orElseThrow(() -> new RefusedException(
                        ErrorCode.BAD_REQUEST,
                        "The card number must be 4 to 20 digits, with the leading A of older cards."));
        if (patron.initialPassword() != null) {
            List<PasswordProblem> problems = PasswordPolicy.problems(patron.initialPassword(), card);
            if (!problems.isEmpty()) {
                throw new RefusedException(
                        ErrorCode.BAD_REQUEST,
                        "The password is not acceptable: "
                                + problems.stream().map(PasswordProblem::code).toList());
            }
        }
        if (find(card).isPresent()) {
            throw new RefusedException(ErrorCode.CONFLICT, "The card " + card.digits() + " is already registered.");
        }
        Instant now = clock.now();
        boolean legacy = Normalizer.normalize(patron.cardNumber(), Normalizer.Form.NFKC)
                .strip()
                .toUpperCase()
                .startsWith("A");
        Patron registered =
                new Patron(card, legacy, patron.name().strip(), patron.category(), patron.cardRenewalDate(), now);
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
        Instant now = clock.now();
        boolean lockedBefore = p.lockedAt(now);
        Result result = p.login(password, passwords, now, clock.today(), THROTTLE);
        if (!lockedBefore && p.lockedAt(now)) {
            audit("system", "login-locked", p.id(), "too many failed logins");
        }
        return result == Result.ACCEPTED ? LoginOutcome.accepted(p.id()) : LoginOutcome.of(result);
    }

    @Override
    public Optional<PatronProfile> profile(long patronId) {
        return Optional.ofNullable(em.find(Patron.class, patronId)).map(this::profile);
    }

    @Override
    public Map<Long, PatronProfile> profiles(Collection<Long> patronIds) {
        Map<Long, PatronProfile> profiles = new HashMap<>();
        if (!patronIds.isEmpty()) {
            em.createNamedQuery(Patron.BY_IDS, Patron.class)
                    .setParameter("ids", Set.copyOf(patronIds))
                    .getResultStream()
                    .forEach(p -> profiles.put(p.id(), profile(p)));
        }
        return profiles;
    }

    @Override
    public boolean lockForUpdate(long patronId) {
        return em.find(Patron.class, patronId, LockModeType.PESSIMISTIC_WRITE) != null;
    }

    @Override
    public Optional<PatronProfile> byCard(String typedCard) {
        return CardNumber.parse(typedCard).flatMap(this::find).map(this::profile);
    }

    private PatronProfile profile(Patron p) {
        return new PatronProfile(
                p.id(),
                p.card().printed(p.legacyCard()),
                p.name(),
                p.nameKana(),
                p.email(),
                p.emailVerified(),
                p.category(),
                p.cardRenewalDate(),
                CardStanding.of(p.cardRenewalDate(), clock.today()),
                p.blocked());
    }

    @Override
    public List<PasswordProblem> changePassword(long patronId, String current, String next, String nextAgain) {
        Patron patron = patron(patronId);
        List<PasswordProblem> problems = new java.util.ArrayList<>();
        if (!patron.passwordMatches(current, passwords)) {
            problems.add(PasswordProblem.WRONG_CURRENT);
        }
        if (next == null || !next.equals(nextAgain)) {
            problems.add(PasswordProblem.MISMATCH);
        }
        problems.addAll(PasswordPolicy.problems(next, patron.card()));
        if (problems.isEmpty()) {
            patron.setPasswordHash(passwords.hash(next), clock.now());
            audit("patron:" + patronId, "password-changed", patronId, null);
        }
        return problems;
    }

    @Override
    public void requestEmailChange(long patronId, String email, String language, String linkBase) {
        Patron patron = patron(patronId);
        String address = email == null ? "" : email.strip();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "This is not an e-mail address.");
        }
        PatronToken.Issued link = PatronToken.issue(patron, PatronToken.Purpose.EMAIL, address, clock.now());
        em.persist(link.row());
        mail(
                address,
                language,
                "email-verification",
                patron,
                linkBase + "verify-email.xhtml?token=" + link.token(),
                "validHours",
                Long.toString(PatronToken.lifetime(PatronToken.Purpose.EMAIL).toHours()));
    }

    @Override
    public boolean verifyEmail(String token) {
        Optional<PatronToken> link = link(token);
        if (link.isEmpty() || !link.get().use(PatronToken.Purpose.EMAIL, clock.now())) {
            return false;
        }
        link.get().patron().verifiedEmail(link.get().newEmail(), clock.now());
        audit(
                "patron:" + link.get().patron().id(),
                "email-verified",
                link.get().patron().id(),
                null);
        return true;
    }

    @Override
    public void requestPasswordReset(String typedCard, String email, String language, String linkBase) {
        Optional<Patron> patron =
                CardNumber.parse(typedCard).flatMap(this::find).filter(p -> p.hasVerifiedEmail(email));
        if (patron.isEmpty()) {
            return; // the same answer for an unknown card, an unverified or another address
        }
        PatronToken.Issued link =
                PatronToken.issue(patron.get(), PatronToken.Purpose.PASSWORD_RESET, null, clock.now());
        em.persist(link.row());
        mail(
                patron.get().email(),
                language,
                "password-reset",
                patron.get(),
                linkBase + "reset-password.xhtml?token=" + link.token(),
                "validMinutes",
                Long.toString(
                        PatronToken.lifetime(PatronToken.Purpose.PASSWORD_RESET).toMinutes()));
    }

    @Override
    public List<PasswordProblem> resetPassword(String token, String next, String nextAgain) {
        Optional<PatronToken> link = link(token);
        if (link.isEmpty()) {
            return List.of(PasswordProblem.LINK_INVALID);
        }
        Patron patron = link.get().patron();
        List<PasswordProblem> problems = new java.util.ArrayList<>();
        if (next == null || !next.equals(nextAgain)) {
            problems.add(PasswordProblem.MISMATCH);
        }
        problems.addAll(PasswordPolicy.problems(next, patron.card()));
        if (!problems.isEmpty()) {
            return problems; // the link stays usable until the patron gets the new password right
        }
        if (!link.get().use(PatronToken.Purpose.PASSWORD_RESET, clock.now())) {
            return List.of(PasswordProblem.LINK_INVALID);
        }
        patron.setPasswordHash(passwords.hash(next), clock.now());
        audit("patron:" + patron.id(), "password-reset", patron.id(), "by mailed link");
        return List.of();
    }

    private Optional<PatronToken> link(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(PatronToken.BY_HASH, PatronToken.class)
                .setParameter("hash", PatronToken.hash(token))
                .getResultStream()
                .findFirst();
    }

    private void mail(
            String to,
            String language,
            String template,
            Patron patron,
            String link,
            String validityKey,
            String validity) {
        outbox.enqueue(new MailMessage(
                to,
                "en".equals(language) ? "en" : "ja",
                template,
                Map.of(
                        "libraryName",
                        libraryName(language),
                        "patronName",
                        patron.name(),
                        "link",
                        link,
                        validityKey,
                        validity)));
    }

    private String libraryName(String language) {
        return branches.libraryName().in("en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE);
    }

    private Patron patron(long patronId) {
        Patron patron = em.find(Patron.class, patronId);
        if (patron == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No patron has the id " + patronId + ".");
        }
        return patron;
    }

    private Optional<Patron> find(CardNumber card) {
        return em.createNamedQuery(Patron.BY_CARD, Patron.class)
                .setParameter("card", card.digits())
                .getResultStream()
                .findFirst();
    }

    private void audit(String actor, String action, Long patronId, String detail) {
        auditTrail.record(actor, action, "patron:" + patronId, detail);
    }
}
