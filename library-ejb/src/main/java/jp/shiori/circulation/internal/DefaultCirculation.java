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
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.ItemRef;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.TitlesChanged;
import jp.shiori.circulation.Checkin;
import jp.shiori.circulation.CheckinRequest;
import jp.shiori.circulation.Checkout;
import jp.shiori.circulation.CheckoutRequest;
import jp.shiori.circulation.CheckoutRules;
import jp.shiori.circulation.Circulation;
import jp.shiori.circulation.DeskSummary;
import jp.shiori.circulation.DueDates;
import jp.shiori.circulation.HoldQueue;
import jp.shiori.circulation.LoanEnded;
import jp.shiori.circulation.LoanPolicy;
import jp.shiori.circulation.LoanStarted;
import jp.shiori.circulation.LoanView;
import jp.shiori.circulation.OpenLoans;
import jp.shiori.circulation.RenewalRefusal;
import jp.shiori.circulation.RenewalRules;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.common.internal.AuditTrail;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/**
 * The desk and the patron's renewals as transaction scripts: load, ask the rules, change, record. Two desks
 * scanning one item are serialised by a row lock on the item (the second sees it on loan); the partial unique
 * index on open loans stands behind that. A renewal locks its loan, so a replay sees the first renewal.
 */
@ValidateOnExecution
@Stateless
@Local({Circulation.class, OpenLoans.class})
public class DefaultCirculation implements Circulation, OpenLoans {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PatronAccounts patrons;

    @EJB
    private HoldQueue holds;

    @EJB
    private CatalogItems items;

    @EJB
    private Branches branches;

    @EJB
    private LoanViews views;

    @EJB
    private AuditTrail auditTrail;

    @Inject
    private Event<TitlesChanged> changes;

    @Inject
    private LibraryClock clock;

    /** Loans begun and ended, for other contexts to observe after commit (the book list). */
    @Inject
    private Event<LoanStarted> started;

    @Inject
    private Event<LoanEnded> ended;

    @Override
    public DeskSummary desk(String typedCard) {
        PatronProfile patron = patronByCard(typedCard);
        List<LoanView> loans = views.loansOf(patron);
        int overdue = (int) loans.stream().filter(LoanView::overdue).count();
        return new DeskSummary(patron, loans, overdue, holds.readyForPickup(patron.id()));
    }

    @Override
    public Checkout checkout(CheckoutRequest request, String staff) {
        PatronProfile patron = patronByCard(request.card());
        BranchRef desk = branch(request.branchCode());
        // Patron, then item: two desks serving one patron cannot both pass the limit, and the order is always the same.
        patrons.lockForUpdate(patron.id());
        ItemRef item = items.lock(request.barcode());
        LoanPolicy policy = views.policies().resolve(patron.category(), item.materialType());
        long loansNow = em.createNamedQuery(Loan.COUNT_OPEN_OF_PATRON, Long.class)
                .setParameter("patron", patron.id())
                .getSingleResult();
        CheckoutRules.Attempt attempt = new CheckoutRules.Attempt(
                patron.standing(),
                patron.blocked(),
                item.status(),
                item.loanable(),
                holds.trappedForAnother(item.id(), patron.id()),
                holds.trappedFor(item.id(), patron.id()),
                (int) loansNow,
                policy);
        CheckoutRules.refusal(attempt).ifPresent(refusal -> {
            throw new RefusedException(refusal.code(), LoanTexts.checkoutRefused(refusal, item, patron, policy));
        });
        LocalDate today = clock.today();
        LocalDate due = DueDates.due(today, policy.loanDays(), branches.closedDays(item.branchId(), today));
        Loan loan = new Loan(item.id(), patron.id(), desk.id(), clock.now(), staff, due);
        try {
            em.persist(loan);
            em.flush();
        } catch (PersistenceException e) {
            // The unique index of open loans: another desk lent the item in the same instant.
            throw new RefusedException(ErrorCode.ITEM_ON_LOAN, "The item " + item.barcode() + " is already on loan.");
        }
        items.lent(item.id(), due);
        holds.lent(item.id(), item.titleId(), patron.id());
        auditTrail.record(
                staff,
                "checkout",
                "item:" + item.barcode(),
                "patron:" + patron.id() + " loan:" + loan.id() + " due " + due);
        changes.fire(new TitlesChanged(Set.of(item.titleId())));
        started.fire(new LoanStarted(loan.id(), patron.id(), item.titleId(), item.id(), loan.checkedOutAt()));
        return new Checkout(loan.id(), patron.id(), item.barcode(), item.title(), due);
    }

    @Override
    public Checkin checkin(CheckinRequest request, String staff) {
        BranchRef at = branch(request.branchCode());
        ItemRef item = items.lock(request.barcode());
        Loan loan = em.createNamedQuery(Loan.OPEN_OF_ITEM, Loan.class)
                .setParameter("item", item.id())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RefusedException(
                        ErrorCode.NOT_ON_LOAN,
                        "The item " + item.barcode() + " is not on loan; nothing was checked in."));
        long overdueDays = RenewalRules.overdueDays(loan.dueOn(), clock.today());
        loan.close(at.id(), clock.now(), staff);
        HoldQueue.Disposition next = holds.returned(item.id(), item.titleId(), at.code());
        items.checkedIn(
                item.id(),
                switch (next) {
                    case SHELF -> ItemStatus.AVAILABLE;
                    case HOLD_SHELF -> ItemStatus.ON_HOLD_SHELF;
                    case TRANSIT -> ItemStatus.IN_TRANSIT;
                });
        auditTrail.record(
                staff,
                "checkin",
                "item:" + item.barcode(),
                "patron:" + loan.patronId() + " loan:" + loan.id()
                        + (overdueDays > 0 ? " overdue " + overdueDays + " days" : "") + " → " + next);
        changes.fire(new TitlesChanged(Set.of(item.titleId())));
        ended.fire(new LoanEnded(loan.id(), loan.patronId(), item.titleId(), loan.returnedAt()));
        return new Checkin(loan.id(), loan.patronId(), item.barcode(), item.title(), loan.dueOn(), overdueDays, next);
    }

    @Override
    public List<LoanView> loansOf(long patronId) {
        return views.loansOf(patron(patronId));
    }

    @Override
    public LoanView renew(long patronId, long loanId) {
        PatronProfile patron = patron(patronId);
        Loan loan = em.find(Loan.class, loanId, LockModeType.PESSIMISTIC_WRITE);
        if (loan == null || loan.patronId() != patronId) {
            // Another patron's loan answers as if it did not exist.
            throw new RefusedException(ErrorCode.NOT_FOUND, "You have no loan with the id " + loanId + ".");
        }
        ItemRef item = items.byId(Set.of(loan.itemId())).get(loan.itemId());
        BranchRef owner = branches.byId().get(item.branchId());
        LoanPolicy policy = views.policies().resolve(patron.category(), item.materialType());
        boolean othersWait = holds.othersWaitFor(item.titleId(), patronId);
        List<RenewalRefusal> refusals = views.refusals(loan, policy, patron, othersWait);
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals.get(0).code(), LoanTexts.renewalRefused(refusals.get(0), loan, owner));
        }
        LocalDate before = loan.dueOn();
        loan.renew(RenewalRules.renewedDueDate(before, policy, branches.closedDays(item.branchId(), before)));
        items.lent(item.id(), loan.dueOn());
        auditTrail.record(
                "patron:" + patronId,
                "renewal",
                "item:" + item.barcode(),
                "loan:" + loan.id() + " due " + before + " → " + loan.dueOn());
        return views.view(
                loan, item, owner, patron, policy, branches.closedDays(item.branchId(), loan.dueOn()), othersWait);
    }

    @Override
    public Set<Long> titlesOnLoanTo(long patronId, Collection<Long> titleIds) {
        Map<Long, Long> titleOfItem = items.titleOfItems(titleIds);
        Set<Long> onLoan = new HashSet<>();
        if (!titleOfItem.isEmpty()) {
            em.createNamedQuery(Loan.OPEN_ITEMS_OF_PATRON, Long.class)
                    .setParameter("patron", patronId)
                    .setParameter("items", titleOfItem.keySet())
                    .getResultStream()
                    .forEach(item -> onLoan.add(titleOfItem.get(item)));
        }
        return onLoan;
    }

    private BranchRef branch(String code) {
        return branches.byCode(code)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No branch has the code '" + code + "'."));
    }

    private PatronProfile patronByCard(String typedCard) {
        return patrons.byCard(typedCard)
                .orElseThrow(
                        () -> new RefusedException(ErrorCode.NOT_FOUND, "No patron holds the card " + typedCard + "."));
    }

    private PatronProfile patron(long patronId) {
        return patrons.profile(patronId)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No patron has the id " + patronId + "."));
    }
}
