package jp.shiori.circulation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.branch.ClosedDays;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.ItemRef;
import jp.shiori.circulation.HoldQueue;
import jp.shiori.circulation.LoanPolicies;
import jp.shiori.circulation.LoanPolicy;
import jp.shiori.circulation.LoanView;
import jp.shiori.circulation.RenewalRefusal;
import jp.shiori.circulation.RenewalRules;
import jp.shiori.common.LibraryClock;
import jp.shiori.patron.PatronProfile;

/**
 * A patron's loans as the desk and My page show them, each with whether and until when it may be renewed. A fixed
 * number of statements whatever the number of loans: the loans, their items, the branches and their calendars,
 * the policies, and the titles other patrons hold.
 */
@Stateless
public class LoanViews {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogItems items;

    @EJB
    private Branches branches;

    @EJB
    private HoldQueue holds;

    @Inject
    private LibraryClock clock;

    public List<LoanView> loansOf(PatronProfile patron) {
        List<Loan> loans = em.createNamedQuery(Loan.OPEN_OF_PATRON, Loan.class)
                .setParameter("patron", patron.id())
                .getResultList();
        if (loans.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemRef> itemsOf = items.byId(loans.stream().map(Loan::itemId).toList());
        Map<Long, BranchRef> owners = branches.byId();
        LoanPolicies policies = policies();
        // One calendar per owning branch, from the earliest day a renewal is counted from.
        LocalDate from =
                loans.stream().map(Loan::dueOn).min(LocalDate::compareTo).orElseThrow();
        Map<Long, ClosedDays> calendars = branches.closedDays(
                itemsOf.values().stream().map(ItemRef::branchId).collect(Collectors.toSet()), from);
        Set<Long> heldByOthers = holds.othersWaitFor(
                itemsOf.values().stream().map(ItemRef::titleId).collect(Collectors.toSet()), patron.id());
        return loans.stream()
                .map(loan -> {
                    ItemRef item = itemsOf.get(loan.itemId());
                    return view(
                            loan,
                            item,
                            owners.get(item.branchId()),
                            patron,
                            policies.resolve(patron.category(), item.materialType()),
                            calendars.get(item.branchId()),
                            heldByOthers.contains(item.titleId()));
                })
                .toList();
    }

    public LoanView view(
            Loan loan,
            ItemRef item,
            BranchRef owner,
            PatronProfile patron,
            LoanPolicy policy,
            Predicate<LocalDate> closed,
            boolean othersWait) {
        LocalDate today = clock.today();
        List<RenewalRefusal> refusals = refusals(loan, policy, patron, othersWait);
        LocalDate renewalDue = refusals.isEmpty() ? RenewalRules.renewedDueDate(loan.dueOn(), policy, closed) : null;
        return new LoanView(
                loan.id(),
                item.barcode(),
                item.titleId(),
                item.title(),
                owner.code(),
                owner.name(),
                owner.phone(),
                loan.checkedOutAt(),
                loan.dueOn(),
                loan.renewals(),
                policy.maxRenewals(),
                RenewalRules.isOverdue(loan.dueOn(), today),
                RenewalRules.overdueDays(loan.dueOn(), today),
                renewalDue,
                refusals);
    }

    public List<RenewalRefusal> refusals(Loan loan, LoanPolicy policy, PatronProfile patron, boolean othersWait) {
        return RenewalRules.refusals(
                new RenewalRules.Loan(loan.returned(), loan.dueOn(), loan.renewals(), policy),
                new RenewalRules.Circumstances(patron.standing(), patron.blocked(), othersWait, clock.today()));
    }

    /** The circulation rules of the library; read at every use, so a changed row counts at once. */
    public LoanPolicies policies() {
        return new LoanPolicies(em.createNamedQuery(LoanPolicyEntry.ALL, LoanPolicyEntry.class).getResultList().stream()
                .map(LoanPolicyEntry::rule)
                .toList());
    }
}
