package jp.shiori.patron.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.common.internal.AuditTrail;
import jp.shiori.common.internal.Passwords;
import jp.shiori.patron.AuditRecord;
import jp.shiori.patron.CardNumber;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.PasswordPolicy;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAdministration;
import jp.shiori.patron.PatronChanges;
import jp.shiori.patron.PatronRecord;

@ValidateOnExecution
@Stateless
public class DefaultPatronAdministration implements PatronAdministration {

    /**
     * Where a renewal at the counter counts the new year from: {@code LIBRARY_CARD_RENEWAL_BASE} =
     * {@code TODAY} (default) or {@code PREVIOUS_DATE}.
     */
    static final CardStanding.RenewalBase RENEWAL_BASE =
            "PREVIOUS_DATE".equals(System.getenv("LIBRARY_CARD_RENEWAL_BASE"))
                    ? CardStanding.RenewalBase.PREVIOUS_DATE
                    : CardStanding.RenewalBase.TODAY;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private LibraryClock clock;

    @EJB
    private AuditTrail auditTrail;

    @Override
    public List<PatronRecord> search(String query) {
        String typed = query == null
                ? ""
                : Normalizer.normalize(query, Normalizer.Form.NFKC).strip();
        if (typed.isEmpty() || typed.length() > 200) {
            return List.of();
        }
        Optional<CardNumber> card = CardNumber.parse(typed);
        if (card.isPresent()) {
            List<PatronRecord> byCard = em.createNamedQuery(Patron.BY_CARD, Patron.class)
                    .setParameter("card", card.get().digits())
                    .getResultStream()
                    .map(this::record)
                    .toList();
            if (!byCard.isEmpty()) {
                return byCard;
            }
        }
        String prefix = escape(typed) + "%";
        String squeezed = escape(typed.replace(" ", "").replace("-", "")) + "%";
        return em.createQuery(
                        "select p from Patron p where p.name like :prefix escape '\\' "
                                + "or p.nameKana like :prefix escape '\\' or lower(p.email) like :lower escape '\\' "
                                + "or function('replace', p.phone, '-', '') like :squeezed escape '\\' "
                                + "order by p.nameKana, p.name, p.id",
                        Patron.class)
                .setParameter("prefix", prefix)
                .setParameter("lower", prefix.toLowerCase(Locale.ROOT))
                .setParameter("squeezed", squeezed)
                .setMaxResults(SEARCH_LIMIT)
                .getResultStream()
                .map(this::record)
                .toList();
    }

    @Override
    public Optional<PatronRecord> record(long id) {
        return Optional.ofNullable(em.find(Patron.class, id)).map(this::record);
    }

    @Override
    public void update(long id, PatronChanges changes, String actor) {
        Patron patron = patron(id);
        if (patron.version() != changes.version()) {
            throw new RefusedException(
                    ErrorCode.CONFLICT, "Someone changed this patron meanwhile: reload and make the change again.");
        }
        patron.change(
                changes.name().strip(),
                blankToNull(changes.nameKana()),
                blankToNull(changes.address()),
                blankToNull(changes.phone()),
                blankToNull(changes.email()),
                changes.category(),
                clock.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RefusedException(
                    ErrorCode.CONFLICT, "Someone changed this patron meanwhile: reload and make the change again.");
        }
        audit(actor, "patron-updated", patron, null);
    }

    @Override
    public LocalDate renewCard(long id, String actor) {
        Patron patron = patron(id);
        LocalDate previous = patron.cardRenewalDate();
        LocalDate until = CardStanding.renewedUntil(previous, today(), RENEWAL_BASE);
        patron.renewCard(until, clock.now());
        audit(actor, "card-renewed", patron, previous + " -> " + until);
        return until;
    }

    @Override
    public void block(long id, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "A block needs a reason of at most 500 characters.");
        }
        Patron patron = patron(id);
        patron.block(why, clock.now());
        audit(actor, "patron-blocked", patron, why);
    }

    @Override
    public void unblock(long id, String actor) {
        Patron patron = patron(id);
        if (patron.blocked()) {
            patron.unblock(clock.now());
            audit(actor, "patron-unblocked", patron, null);
        }
    }

    @Override
    public List<PasswordProblem> setPassword(long id, String next, String nextAgain, String actor) {
        Patron patron = patron(id);
        List<PasswordProblem> problems = new ArrayList<>();
        if (next == null || !next.equals(nextAgain)) {
            problems.add(PasswordProblem.MISMATCH);
        }
        problems.addAll(PasswordPolicy.problems(next, patron.card()));
        if (problems.isEmpty()) {
            patron.setPasswordAtCounter(passwords.hash(next), clock.now());
            audit(actor, "password-set-at-counter", patron, null);
        }
        return problems;
    }

    @Override
    public List<AuditRecord> audit(String subjectOrActor, int limit) {
        return auditTrail.recent(subjectOrActor, limit).stream()
                .map(a -> new AuditRecord(a.occurredAt(), a.actor(), a.action(), a.subject(), a.detail()))
                .toList();
    }

    private PatronRecord record(Patron p) {
        Instant now = clock.now();
        return new PatronRecord(
                p.id(),
                p.card().printed(p.legacyCard()),
                p.name(),
                p.nameKana(),
                p.address(),
                p.phone(),
                p.email(),
                p.emailVerified(),
                p.category(),
                p.cardRenewalDate(),
                CardStanding.of(p.cardRenewalDate(), today()),
                p.hasPassword(),
                p.lockedAt(now),
                p.blocked(),
                p.blockReason(),
                p.version());
    }

    private LocalDate today() {
        return clock.today();
    }

    private Patron patron(long id) {
        Patron patron = em.find(Patron.class, id);
        if (patron == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No patron has the id " + id + ".");
        }
        return patron;
    }

    private void audit(String actor, String action, Patron patron, String detail) {
        auditTrail.record(actor, action, "patron:" + patron.id(), detail);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
