package jp.shiori.circulation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import jp.shiori.branch.internal.Branch;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.internal.Item;
import jp.shiori.circulation.Checkin;
import jp.shiori.circulation.CheckinRequest;
import jp.shiori.circulation.Checkout;
import jp.shiori.circulation.CheckoutRefusal;
import jp.shiori.circulation.CheckoutRequest;
import jp.shiori.circulation.CheckoutRules;
import jp.shiori.circulation.Circulation;
import jp.shiori.circulation.DeskSummary;
import jp.shiori.circulation.DueDates;
import jp.shiori.circulation.HoldQueue;
import jp.shiori.circulation.ItemBarcode;
import jp.shiori.circulation.LoanEnded;
import jp.shiori.circulation.LoanPolicies;
import jp.shiori.circulation.LoanPolicy;
import jp.shiori.circulation.LoanStarted;
import jp.shiori.circulation.LoanView;
import jp.shiori.circulation.RenewalRefusal;
import jp.shiori.circulation.RenewalRules;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.patron.internal.AuditEntry;
import jp.shiori.patron.internal.Patron;

/**
 * The desk and the patron's renewals as transaction scripts: load, ask the rules, change, record. Two desks
 * scanning one item are serialised by a row lock on the item (the second sees it on loan); the partial unique
 * index on open loans stands behind that. A renewal locks its loan, so a replay sees the first renewal.
 */
@Stateless
@Local(Circulation.class)
public class DefaultCirculation implements Circulation {

    /** The library's day: due dates are dates in Japan. */
    static final ZoneId LIBRARY_ZONE = ZoneId.of("Asia/Tokyo");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PatronAccounts patrons;

    @EJB
    private HoldQueue holds;

    @Inject
    private Event<LoanMoved> changes;

    /** Loans begun and ended, for other contexts to observe after commit (the book list). */
    @Inject
    private Event<LoanStarted> started;

    @Inject
    private Event<LoanEnded> ended;

    private final Clock clock = Clock.systemUTC();

    @Override
    public DeskSummary desk(String typedCard) {
        PatronProfile patron = patronByCard(typedCard);
        List<LoanView> loans = loansOf(patron);
        int overdue = (int) loans.stream().filter(LoanView::overdue).count();
        return new DeskSummary(patron, loans, overdue, holds.readyForPickup(patron.id()));
    }

    @Override
    public Checkout checkout(CheckoutRequest request, String staff) {
        PatronProfile patron = patronByCard(request.card());
        Branch desk = branch(request.branchCode());
        // Patron, then item: two desks serving one patron cannot both pass the limit, and the order is always the same.
        em.find(Patron.class, patron.id(), LockModeType.PESSIMISTIC_WRITE);
        Item item = lockedItem(request.barcode());
        LoanPolicy policy = policies().resolve(patron.category(), item.title().materialType());
        long loansNow = em.createNamedQuery(Loan.COUNT_OPEN_OF_PATRON, Long.class).setParameter("patron", patron.id())
                .getSingleResult();
        CheckoutRules.Attempt attempt = new CheckoutRules.Attempt(patron.standing(), patron.blocked(), item.status(),
                item.loanable(), holds.trappedForAnother(item.id(), patron.id()), holds.trappedFor(item.id(), patron.id()),
                (int) loansNow, policy);
        CheckoutRules.refusal(attempt).ifPresent(refusal -> {
            throw new RefusedException(refusal.code(), checkoutDetail(refusal, item, patron, policy));
        });
        LocalDate today = today();
        LocalDate due = DueDates.due(today, policy.loanDays(), closedDays(item.branch(), today));
        Loan loan = new Loan(item, patron.id(), desk, now(), staff, due);
        try {
            em.persist(loan);
            em.flush();
        } catch (PersistenceException e) {
            // The unique index of open loans: another desk lent the item in the same instant.
            throw new RefusedException(ErrorCode.ITEM_ON_LOAN, "The item " + item.barcode() + " is already on loan.");
        }
        holds.lent(item.id(), item.title().id(), patron.id());
        audit(staff, "checkout", "item:" + item.barcode(), "patron:" + patron.id() + " loan:" + loan.id() + " due " + due);
        changes.fire(new LoanMoved(item.title().id()));
        started.fire(new LoanStarted(loan.id(), patron.id(), item.title().id(), item.id(),
                loan.checkedOutAt().toInstant(ZoneOffset.UTC)));
        return new Checkout(loan.id(), patron.id(), item.barcode(), item.title().title(), due);
    }

    @Override
    public Checkin checkin(CheckinRequest request, String staff) {
        Branch at = branch(request.branchCode());
        Item item = lockedItem(request.barcode());
        Loan loan = em.createNamedQuery(Loan.OPEN_OF_ITEM, Loan.class).setParameter("item", item).getResultStream()
                .findFirst()
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_ON_LOAN,
                        "The item " + item.barcode() + " is not on loan; nothing was checked in."));
        LocalDate today = today();
        long overdueDays = RenewalRules.overdueDays(loan.dueOn(), today);
        loan.close(at, now(), staff);
        HoldQueue.Disposition next = holds.returned(item.id(), item.title().id(), at.code());
        item.checkedIn(switch (next) {
            case SHELF -> ItemStatus.AVAILABLE;
            case HOLD_SHELF -> ItemStatus.ON_HOLD_SHELF;
            case TRANSIT -> ItemStatus.IN_TRANSIT;
        });
        audit(staff, "checkin", "item:" + item.barcode(), "patron:" + loan.patronId() + " loan:" + loan.id()
                + (overdueDays > 0 ? " overdue " + overdueDays + " days" : "") + " → " + next);
        changes.fire(new LoanMoved(item.title().id()));
        ended.fire(new LoanEnded(loan.id(), loan.patronId(), item.title().id(), loan.returnedAt().toInstant(ZoneOffset.UTC)));
        return new Checkin(loan.id(), loan.patronId(), item.barcode(), item.title().title(), loan.dueOn(), overdueDays,
                next);
    }

    @Override
    public List<LoanView> loansOf(long patronId) {
        return loansOf(patron(patronId));
    }

    @Override
    public LoanView renew(long patronId, long loanId) {
        PatronProfile patron = patron(patronId);
        Loan loan = em.find(Loan.class, loanId, LockModeType.PESSIMISTIC_WRITE);
        if (loan == null || loan.patronId() != patronId) {
            // Another patron's loan answers as if it did not exist.
            throw new RefusedException(ErrorCode.NOT_FOUND, "You have no loan with the id " + loanId + ".");
        }
        LoanPolicy policy = policies().resolve(patron.category(), loan.item().title().materialType());
        List<RenewalRefusal> refusals = RenewalRules.refusals(
                new RenewalRules.Loan(loan.returned(), loan.dueOn(), loan.renewals(), policy), circumstances(patron, loan));
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals.get(0).code(), renewalDetail(refusals.get(0), loan));
        }
        LocalDate before = loan.dueOn();
        loan.renew(RenewalRules.renewedDueDate(before, policy, closedDays(loan.item().branch(), before)));
        audit("patron:" + patronId, "renewal", "item:" + loan.item().barcode(),
                "loan:" + loan.id() + " due " + before + " → " + loan.dueOn());
        return view(loan, patron, policy);
    }

    private List<LoanView> loansOf(PatronProfile patron) {
        LoanPolicies policies = policies();
        return em.createNamedQuery(Loan.OPEN_OF_PATRON, Loan.class).setParameter("patron", patron.id()).getResultList()
                .stream()
                .map(loan -> view(loan, patron, policies.resolve(patron.category(), loan.item().title().materialType())))
                .toList();
    }

    private LoanView view(Loan loan, PatronProfile patron, LoanPolicy policy) {
        LocalDate today = today();
        List<RenewalRefusal> refusals = RenewalRules.refusals(
                new RenewalRules.Loan(loan.returned(), loan.dueOn(), loan.renewals(), policy), circumstances(patron, loan));
        LocalDate renewalDue = refusals.isEmpty()
                ? RenewalRules.renewedDueDate(loan.dueOn(), policy, closedDays(loan.item().branch(), loan.dueOn()))
                : null;
        Item item = loan.item();
        Branch owner = item.branch();
        return new LoanView(loan.id(), item.barcode(), item.title().id(), item.title().title(), owner.code(), owner.name(),
                owner.phone(), loan.checkedOutAt(), loan.dueOn(), loan.renewals(), policy.maxRenewals(),
                RenewalRules.isOverdue(loan.dueOn(), today), RenewalRules.overdueDays(loan.dueOn(), today), renewalDue,
                refusals);
    }

    private RenewalRules.Circumstances circumstances(PatronProfile patron, Loan loan) {
        return new RenewalRules.Circumstances(patron.standing(), patron.blocked(),
                holds.othersWaitFor(loan.item().title().id(), patron.id()), today());
    }

    /** The circulation rules of the library; read at every use, so a changed row counts at once. */
    private LoanPolicies policies() {
        return new LoanPolicies(em.createNamedQuery(LoanPolicyEntry.ALL, LoanPolicyEntry.class).getResultList().stream()
                .map(LoanPolicyEntry::rule).toList());
    }

    /** The owning branch's closed days from {@code from} on, for the next year and a half. */
    private Predicate<LocalDate> closedDays(Branch branch, LocalDate from) {
        Set<LocalDate> closed = new HashSet<>(em.createNamedQuery(Loan.CLOSED_DAYS, LocalDate.class)
                .setParameter("branch", branch).setParameter("from", from).setParameter("to", from.plusDays(550))
                .getResultList());
        return closed::contains;
    }

    private Item lockedItem(String typedBarcode) {
        String barcode = ItemBarcode.parse(typedBarcode).orElseThrow(() -> new RefusedException(ErrorCode.BAD_REQUEST,
                "A barcode is 1 to 32 letters, digits or '-'."));
        return em.createNamedQuery(Loan.ITEM_BY_BARCODE, Item.class).setParameter("barcode", barcode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No item has the barcode " + barcode + "."));
    }

    private Branch branch(String code) {
        return em.createNamedQuery(Branch.BY_CODE, Branch.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No branch has the code '" + code + "'."));
    }

    private PatronProfile patronByCard(String typedCard) {
        return patrons.byCard(typedCard).orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND,
                "No patron holds the card " + typedCard + "."));
    }

    private PatronProfile patron(long patronId) {
        return patrons.profile(patronId).orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND,
                "No patron has the id " + patronId + "."));
    }

    private static String checkoutDetail(CheckoutRefusal refusal, Item item, PatronProfile patron, LoanPolicy policy) {
        return switch (refusal) {
            case CARD_EXPIRED -> "The card is past its renewal date (" + patron.cardRenewalDate()
                    + "): renew it at the counter before borrowing.";
            case PATRON_BLOCKED -> "The patron's account is blocked; nothing can be lent.";
            case ITEM_ON_LOAN -> "The item " + item.barcode() + " is already on loan; check it in first.";
            case ITEM_HELD_FOR_ANOTHER -> "The item " + item.barcode() + " is set aside for another patron's hold.";
            case ITEM_UNAVAILABLE -> "The item " + item.barcode() + " is " + item.status() + " and cannot be lent.";
            case REFERENCE_ONLY -> "The item " + item.barcode() + " is reference-only (禁帯出) and cannot be lent.";
            case LOAN_LIMIT -> "The patron already has " + policy.maxLoans() + " items on loan, the limit.";
        };
    }

    private static String renewalDetail(RenewalRefusal refusal, Loan loan) {
        return switch (refusal) {
            case RETURNED -> "The loan was already returned.";
            case CARD_EXPIRED -> "The card is past its renewal date: renew it at a library counter.";
            case PATRON_BLOCKED -> "The account is blocked: please contact the library.";
            case OVERDUE -> "The due date (" + loan.dueOn() + ") has passed: please renew at the counter or by phone ("
                    + loan.item().branch().phone() + ").";
            case ALREADY_RENEWED -> "The loan was already renewed; a loan is renewed once.";
            case HELD_BY_ANOTHER -> "Another patron holds this title, so the loan cannot be renewed.";
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LIBRARY_ZONE));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void audit(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(now(), actor, action, subject, detail));
    }
}
