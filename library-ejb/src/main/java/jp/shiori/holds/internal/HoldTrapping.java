package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.branch.PickupStationKind;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.ItemRef;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.internal.AuditTrail;
import jp.shiori.holds.HoldEndReason;
import jp.shiori.holds.HoldRules;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.TrapResult;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronCategory;
import jp.shiori.patron.PatronProfile;

/**
 * 確保 and passing on: which waiting hold takes a copy, setting it aside (on the hold shelf or in transit, with its
 * pickup deadline and shelf slot), and where a freed copy goes next. The caller holds the row locks of the copy and
 * then the title, so one title's queue moves one step at a time.
 */
@Stateless
public class HoldTrapping {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogItems catalog;

    @EJB
    private Branches branches;

    @EJB
    private HoldMails mails;

    @EJB
    private HoldViews views;

    @EJB
    private AuditTrail auditTrail;

    @EJB
    private PatronAccounts patrons;

    @Inject
    private LibraryClock clock;

    /** The oldest waiting hold of the title that may take a copy now (ordered and any-N rules). */
    public Optional<Hold> nextEligible(long titleId) {
        for (Hold hold : em.createNamedQuery(Hold.WAITING_FOR_TITLE, Hold.class)
                .setParameter("title", titleId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (hold.placementId() == null
                    || HoldRules.mayTrap(hold.type(), hold.wanted(), hold.placementSeq(), siblings(hold))) {
                return Optional.of(hold);
            }
        }
        return Optional.empty();
    }

    /** 取置期間: the open days a copy waits for the patron, from hold_policy (the guide's week by default). */
    public int pickupOpenDays(long patronId) {
        PatronCategory category =
                patrons.profile(patronId).map(PatronProfile::category).orElse(null);
        return em.createNamedQuery(HoldPolicyEntry.MATCHING, HoldPolicyEntry.class)
                .setParameter("category", category)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(HoldPolicyEntry::pickupOpenDays)
                .orElse(HoldRules.PICKUP_OPEN_DAYS);
    }

    /** Sets the copy aside for the hold; {@code at} is the code of the branch where the copy is now. */
    public TrapResult trap(Hold hold, ItemRef copy, String title, String at, String actor) {
        BranchRef pickup = branches.byId().get(hold.pickupBranchId());
        boolean atPickup = pickup.code().equals(at);
        LocalDate today = clock.today();
        LocalDate deadline = HoldRules.pickupDeadline(
                today, pickupOpenDays(hold.patronId()), branches.closedDays(pickup.id(), today));
        String slot = pickup.station(hold.pickupStationId())
                .filter(s -> s.kind() == PickupStationKind.HOLD_SHELF_ROOM)
                .map(room -> freeSlot(room.id()))
                .orElse(null);
        hold.trap(copy.id(), atPickup, clock.now(), deadline, slot);
        catalog.setAside(copy.id(), atPickup ? ItemStatus.ON_HOLD_SHELF : ItemStatus.IN_TRANSIT);
        em.flush();
        audit(
                actor,
                atPickup ? "hold-trapped" : "hold-trapped-transit",
                hold,
                copy.barcode() + " at " + at + (slot == null ? "" : " slot " + slot) + ", until " + deadline);
        if (atPickup) {
            mails.ready(hold);
        }
        cancelRestIfSatisfied(hold);
        return views.slip(hold, copy, title);
    }

    /** A copy freed by a cancelled, expired or fulfilled hold: to the next hold of its title, or back to the shelf. */
    public TrapResult passOn(ItemRef copy, String title, String at, String actor) {
        Optional<Hold> next = nextEligible(copy.titleId());
        if (next.isPresent() && at != null) {
            return trap(next.get(), copy, title, at, actor);
        }
        catalog.returnToShelf(copy.id());
        return HoldViews.toShelf(copy.barcode(), title);
    }

    /** An any-N placement with its N trapped or collected: its waiting holds are cancelled. */
    public void cancelRestIfSatisfied(Hold hold) {
        if (hold.type() != HoldType.ANY_N
                || hold.placementId() == null
                || !HoldRules.anyNSatisfied(hold.wanted(), siblings(hold))) {
            return;
        }
        for (Hold sibling : placement(hold)) {
            if (sibling.status() == HoldStatus.WAITING) {
                sibling.end(HoldStatus.CANCELLED, HoldEndReason.ANY_N_COMPLETE, null, clock.now());
                audit("system", "hold-cancelled-any-n", sibling, null);
            }
        }
    }

    private void audit(String actor, String action, Hold hold, String detail) {
        auditTrail.record(actor, action, hold.auditSubject(), hold.auditDetail(detail));
    }

    private List<HoldRules.Sibling> siblings(Hold hold) {
        return placement(hold).stream()
                .map(h -> new HoldRules.Sibling(h.placementSeq(), h.status()))
                .toList();
    }

    private List<Hold> placement(Hold hold) {
        return em.createNamedQuery(Hold.OF_PLACEMENT, Hold.class)
                .setParameter("placement", hold.placementId())
                .getResultList();
    }

    /** The lowest free shelf number of the hold-shelf room (R-001, R-002, ...). */
    private String freeSlot(long roomId) {
        Set<String> used = new HashSet<>(em.createNamedQuery(Hold.SLOTS_IN_USE, String.class)
                .setParameter("station", roomId)
                .setParameter("trapped", Hold.TRAPPED)
                .getResultList());
        for (int n = 1; ; n++) {
            String slot = String.format(Locale.ROOT, "R-%03d", n);
            if (!used.contains(slot)) {
                return slot;
            }
        }
    }
}
