package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.ItemRef;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.TitlesChanged;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.common.internal.AuditTrail;
import jp.shiori.holds.HoldEndReason;
import jp.shiori.holds.HoldRules;
import jp.shiori.holds.HoldShelfLine;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.PullListLine;
import jp.shiori.holds.TrapResult;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/**
 * The staff's side of the hold shelf: the pull list and pulling a copy from the shelf, receiving a copy in transit,
 * the shelf itself, a title's queue, cancelling at the counter and expiring uncollected holds. Every change locks
 * the copy's row, then the title's, the order circulation uses at check-in.
 */
@Stateless
public class HoldShelfDesk {

    /** Titles asked of the catalog at once for the pull list. */
    private static final int TITLES_PER_QUERY = 1000;

    private static final int PULL_LIST_LINES = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogItems catalog;

    @EJB
    private Branches branches;

    @EJB
    private PatronAccounts patrons;

    @EJB
    private HoldTrapping trapping;

    @EJB
    private HoldViews views;

    @EJB
    private HoldMails mails;

    @EJB
    private AuditTrail auditTrail;

    @Inject
    private Event<TitlesChanged> changes;

    @Inject
    private LibraryClock clock;

    public TrapResult cancelByStaff(long holdId, String reason, String actor) {
        // Holds.cancelByStaff's constraints (checked by the container) make the reason present and short enough.
        String why = reason.strip();
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No hold has the id " + holdId + ".");
        }
        ItemRef copy = hold.itemId() == null ? null : catalog.lock(hold.itemId());
        String title = catalog.lockTitle(hold.titleId()).orElse("");
        em.refresh(hold);
        if (!hold.status().active()) {
            throw new RefusedException(ErrorCode.CONFLICT, "The hold has ended already (" + hold.status() + ").");
        }
        boolean hadCopy = hold.status().trapped();
        Map<Long, BranchRef> all = branches.byId();
        String where = hold.status() == HoldStatus.READY
                ? all.get(hold.pickupBranchId()).code()
                : copy == null ? null : all.get(copy.branchId()).code();
        hold.end(HoldStatus.CANCELLED, HoldEndReason.STAFF_CANCELLED, why, clock.now());
        audit(actor, "hold-cancelled-by-staff", hold, why);
        if (!hadCopy) {
            return HoldViews.toShelf(null, title);
        }
        TrapResult next = trapping.passOn(copy, title, where, actor);
        changes.fire(new TitlesChanged(Set.of(hold.titleId())));
        return next;
    }

    /** The title's active holds: those set aside first, then the waiting ones by their place in the queue. */
    public List<HoldView> queueOf(long titleId) {
        List<Hold> active = em.createNamedQuery(Hold.ACTIVE_OF_TITLE, Hold.class)
                .setParameter("title", titleId)
                .setParameter("active", Hold.ACTIVE)
                .getResultList();
        List<Hold> ordered = new ArrayList<>(
                active.stream().filter(h -> h.status().trapped()).toList());
        Map<Long, Integer> positions = new HashMap<>();
        for (Hold h : active) {
            if (h.status() == HoldStatus.WAITING) {
                ordered.add(h);
                positions.put(h.id(), positions.size() + 1);
            }
        }
        return views.views(ordered, positions);
    }

    public List<PullListLine> pullList(String branchCode) {
        BranchRef branch = branch(branchCode);
        Map<Long, Long> waiting = new LinkedHashMap<>(); // by title id, ascending
        for (Object[] row :
                em.createNamedQuery(Hold.WAITING_PER_TITLE, Object[].class).getResultList()) {
            waiting.put((Long) row[0], (Long) row[1]);
        }
        List<Long> titles = List.copyOf(waiting.keySet());
        List<PullListLine> lines = new ArrayList<>();
        for (int from = 0; from < titles.size() && lines.size() < PULL_LIST_LINES; from += TITLES_PER_QUERY) {
            List<Long> chunk = titles.subList(from, Math.min(titles.size(), from + TITLES_PER_QUERY));
            for (ItemRef i : catalog.onShelf(branch.id(), chunk, PULL_LIST_LINES - lines.size())) {
                lines.add(new PullListLine(
                        i.barcode(),
                        i.titleId(),
                        i.title(),
                        i.shelfLocation(),
                        i.callNumber(),
                        waiting.get(i.titleId()).intValue()));
            }
        }
        return lines;
    }

    public TrapResult pull(String itemBarcode, String branchCode, String actor) {
        BranchRef branch = branch(branchCode);
        ItemRef copy = catalog.lock(itemBarcode);
        if (copy.status() != ItemStatus.AVAILABLE || !copy.loanable() || copy.branchId() != branch.id()) {
            throw new RefusedException(
                    ErrorCode.CONFLICT,
                    "The copy " + copy.barcode() + " is not on the shelf of " + branch.code() + " (" + copy.status()
                            + ").");
        }
        String title = catalog.lockTitle(copy.titleId()).orElseThrow();
        Optional<Hold> next = trapping.nextEligible(copy.titleId());
        if (next.isEmpty()) {
            throw new RefusedException(ErrorCode.CONFLICT, "No hold waits for " + title + ".");
        }
        TrapResult result = trapping.trap(next.get(), copy, title, branch.code(), actor);
        changes.fire(new TitlesChanged(Set.of(copy.titleId())));
        return result;
    }

    public TrapResult receive(String itemBarcode, String branchCode, String actor) {
        BranchRef branch = branch(branchCode);
        ItemRef copy = catalog.lock(itemBarcode);
        String title = catalog.lockTitle(copy.titleId()).orElseThrow();
        Hold hold = trappedWith(copy.id(), EnumSet.of(HoldStatus.IN_TRANSIT))
                .orElseThrow(() -> new RefusedException(
                        ErrorCode.CONFLICT, "The copy " + copy.barcode() + " is not in transit for a hold."));
        if (hold.pickupBranchId() != branch.id()) {
            throw new RefusedException(
                    ErrorCode.CONFLICT,
                    "The copy " + copy.barcode() + " goes to "
                            + branches.byId().get(hold.pickupBranchId()).code() + ", not " + branch.code() + ".");
        }
        LocalDate today = clock.today();
        hold.arrived(
                clock.now(),
                HoldRules.pickupDeadline(
                        today,
                        trapping.pickupOpenDays(hold.patronId()),
                        branches.closedDays(hold.pickupBranchId(), today)));
        catalog.setAside(copy.id(), ItemStatus.ON_HOLD_SHELF);
        audit(actor, "hold-received", hold, copy.barcode() + " at " + branch.code());
        mails.ready(hold);
        changes.fire(new TitlesChanged(Set.of(copy.titleId())));
        return views.slip(hold, copy, title);
    }

    public Optional<TrapResult> setAsideFor(String itemBarcode) {
        return catalog.find(itemBarcode)
                .flatMap(copy -> trappedWith(copy.id(), Hold.TRAPPED).map(h -> views.slip(h, copy, copy.title())));
    }

    /** Ready copies with their deadlines and those on their way: five statements whatever the shelf holds. */
    public List<HoldShelfLine> holdShelf(String branchCode) {
        BranchRef branch = branch(branchCode);
        List<Hold> holds = em.createNamedQuery(Hold.ON_SHELF_OF_BRANCH, Hold.class)
                .setParameter("branch", branch.id())
                .setParameter("trapped", Hold.TRAPPED)
                .getResultList();
        if (holds.isEmpty()) {
            return List.of();
        }
        Map<Long, PatronProfile> owners =
                patrons.profiles(holds.stream().map(Hold::patronId).collect(Collectors.toSet()));
        Map<Long, String> titles =
                catalog.titleNames(holds.stream().map(Hold::titleId).collect(Collectors.toSet()));
        Map<Long, ItemRef> copies =
                catalog.byId(holds.stream().map(Hold::itemId).collect(Collectors.toSet()));
        return holds.stream()
                .map(h -> {
                    PatronProfile p = owners.get(h.patronId());
                    return new HoldShelfLine(
                            h.id(),
                            copies.get(h.itemId()).barcode(),
                            titles.get(h.titleId()),
                            p.cardNumber(),
                            p.name(),
                            h.status(),
                            branch.station(h.pickupStationId())
                                    .map(BranchRef.StationRef::code)
                                    .orElse(null),
                            h.shelfSlot(),
                            h.deadline());
                })
                .toList();
    }

    public int expire(LocalDate today, String actor) {
        int expired = 0;
        for (Long id : pastDeadline(today, 0, Integer.MAX_VALUE)) {
            if (expireOne(id, today, actor)) {
                expired++;
            }
        }
        return expired;
    }

    public long countPastDeadline(LocalDate today) {
        return em.createNamedQuery(Hold.COUNT_READY_PAST, Long.class)
                .setParameter("today", today)
                .getSingleResult();
    }

    public List<Long> pastDeadline(LocalDate today, long afterHoldId, int max) {
        return em.createNamedQuery(Hold.READY_PAST_IDS, Long.class)
                .setParameter("today", today)
                .setParameter("after", afterHoldId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Expires the hold if it is still ready and past its deadline: copy, then title locked, the copy passed on. */
    public boolean expireOne(long holdId, LocalDate today, String actor) {
        Hold candidate = em.find(Hold.class, holdId);
        if (candidate == null || candidate.status() != HoldStatus.READY || candidate.itemId() == null) {
            return false;
        }
        ItemRef copy = catalog.lock(candidate.itemId());
        String title = catalog.lockTitle(candidate.titleId()).orElse("");
        em.refresh(candidate);
        if (candidate.status() != HoldStatus.READY || !HoldRules.expired(candidate.deadline(), today)) {
            return false; // collected or cancelled meanwhile
        }
        candidate.end(HoldStatus.EXPIRED, HoldEndReason.NOT_COLLECTED, null, clock.now());
        audit(actor, "hold-expired", candidate, "deadline " + candidate.deadline());
        trapping.passOn(
                copy, title, branches.byId().get(candidate.pickupBranchId()).code(), actor);
        changes.fire(new TitlesChanged(Set.of(candidate.titleId())));
        return true;
    }

    private Optional<Hold> trappedWith(long itemId, Set<HoldStatus> trapped) {
        return em.createNamedQuery(Hold.TRAPPED_WITH_ITEM, Hold.class)
                .setParameter("item", itemId)
                .setParameter("trapped", trapped)
                .getResultStream()
                .findFirst();
    }

    private BranchRef branch(String code) {
        return branches.byCode(code)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No branch has the code '" + code + "'."));
    }

    private void audit(String actor, String action, Hold hold, String detail) {
        auditTrail.record(actor, action, hold.auditSubject(), hold.auditDetail(detail));
    }
}
