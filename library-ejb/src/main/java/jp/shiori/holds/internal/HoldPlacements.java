package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.branch.PickupStationKind;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.circulation.OpenLoans;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.common.internal.AuditTrail;
import jp.shiori.holds.HoldEndReason;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldRefusal;
import jp.shiori.holds.HoldRules;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.PlacementResult;
import jp.shiori.holds.TitleRefusal;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/**
 * The patron's side of holds: placing (all titles or none, with every reason when refused), the list on My page,
 * the patron's own cancellation and the hold locator. A placement locks the patron's row, then its titles in id
 * order, so two placements never deadlock and one patron's placements happen one after the other.
 */
@Stateless
public class HoldPlacements {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PatronAccounts patrons;

    @EJB
    private CatalogItems catalog;

    @EJB
    private Branches branches;

    @EJB
    private OpenLoans loans;

    @EJB
    private HoldViews views;

    @EJB
    private HoldMails mails;

    @EJB
    private AuditTrail auditTrail;

    @Inject
    private LibraryClock clock;

    public PlacementResult place(long patronId, HoldPlacement placement, boolean counterRequested, String actor) {
        PatronProfile patron = patrons.profile(patronId)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No patron has the id " + patronId + "."));
        patrons.lockForUpdate(patronId); // one placement of a patron at a time
        Map<Long, String> titles = new LinkedHashMap<>();
        for (Long id : new TreeSet<>(placement.titleIds())) { // titles locked in id order: no deadlock
            catalog.lockTitle(id).ifPresent(title -> titles.put(id, title));
        }
        Set<Long> heldNow = new HashSet<>(em.createNamedQuery(Hold.ACTIVE_TITLES_OF_PATRON, Long.class)
                .setParameter("patron", patronId)
                .setParameter("active", Hold.ACTIVE)
                .getResultList());
        Set<Long> onLoan = loans.titlesOnLoanTo(patronId, titles.keySet());
        Map<Long, HoldRules.TitleFacts> facts = new HashMap<>();
        for (Long id : placement.titleIds()) {
            facts.put(
                    id,
                    !titles.containsKey(id)
                            ? new HoldRules.TitleFacts(false, false, false, false)
                            : new HoldRules.TitleFacts(
                                    true, catalog.hasLoanableCopy(id), heldNow.contains(id), onLoan.contains(id)));
        }
        Optional<BranchRef> branch = branches.byCode(placement.pickupBranch());
        Map<String, BranchRef.StationRef> stations = new LinkedHashMap<>();
        branch.ifPresent(b ->
                b.stations().stream().filter(BranchRef.StationRef::active).forEach(s -> stations.put(s.code(), s)));
        HoldRules.PickupFacts pickup = new HoldRules.PickupFacts(
                branch.map(BranchRef::pickupLocation).orElse(false),
                stations.keySet(),
                placement.pickupStation() == null || placement.pickupStation().isBlank()
                        ? null
                        : placement.pickupStation());
        HoldRules.PatronFacts patronFacts = new HoldRules.PatronFacts(
                patron.standing() == CardStanding.EXPIRED,
                patron.blocked(),
                patron.emailVerified() && patron.email() != null,
                heldNow.size(),
                maxHolds(patron));
        List<TitleRefusal> refusals = HoldRules.refusals(placement, patronFacts, facts, pickup);
        if (!refusals.isEmpty()) {
            return new PlacementResult(List.of(), refusals);
        }
        Instant now = clock.now();
        BranchRef.StationRef station = pickup.station() == null ? null : stations.get(pickup.station());
        List<Hold> placed = new ArrayList<>();
        int sequence = 0;
        for (Long id : placement.titleIds()) {
            Hold hold = new Hold(
                    patronId,
                    id,
                    placement.type(),
                    placement.wanted(),
                    sequence++,
                    branch.get().id(),
                    station == null ? null : station.id(),
                    placement.contact(),
                    counterRequested,
                    now,
                    actor);
            em.persist(hold);
            placed.add(hold);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The unique index of active holds: the same patron placed the same title in another request just now.
            return new PlacementResult(List.of(), List.of(new TitleRefusal(null, HoldRefusal.ALREADY_HELD)));
        }
        if (placement.type() != HoldType.NORMAL) {
            placed.forEach(h -> h.groupInto(placed.get(0).id()));
        }
        String pickupName = branch.get().pickupName(station).ja();
        placed.forEach(h -> auditTrail.record(
                actor,
                counterRequested ? "hold-placed-at-counter" : "hold-placed",
                h.auditSubject(),
                h.auditDetail(titles.get(h.titleId()) + " → " + pickupName)));
        if (placement.confirmationMail() && patron.email() != null) {
            mails.placed(patron, placed, titles, placement.language());
        }
        return new PlacementResult(views.views(placed), List.of());
    }

    /** Active holds first (in the order placed), then those ended in the last 30 days. */
    public List<HoldView> holdsOf(long patronId) {
        List<Hold> holds = em.createNamedQuery(Hold.OF_PATRON, Hold.class)
                .setParameter("patron", patronId)
                .setParameter("active", Hold.ACTIVE)
                .setParameter("since", clock.now().minus(Duration.ofDays(30)))
                .getResultList();
        List<Hold> ordered =
                new ArrayList<>(holds.stream().filter(h -> h.status().active()).toList());
        holds.stream().filter(h -> !h.status().active()).forEach(ordered::add);
        return views.views(ordered);
    }

    public Optional<HoldRefusal> cancelByPatron(long patronId, long holdId) {
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null || hold.patronId() != patronId) {
            // Another patron's hold answers as if it did not exist.
            throw new RefusedException(ErrorCode.NOT_FOUND, "You have no hold with the id " + holdId + ".");
        }
        String title = catalog.lockTitle(hold.titleId()).orElse("");
        em.refresh(hold); // a trap may have happened while we waited for the title
        Optional<HoldRefusal> refusal = HoldRules.patronMayCancel(hold.status(), hold.counterRequested());
        if (refusal.isEmpty()) {
            hold.end(HoldStatus.CANCELLED, HoldEndReason.PATRON_CANCELLED, null, clock.now());
            auditTrail.record("patron:" + patronId, "hold-cancelled", hold.auditSubject(), hold.auditDetail(title));
        }
        return refusal;
    }

    /** 予約照会機: the patron's copies ready in the hold-shelf room. */
    public List<HoldView> waitingInHoldShelfRoom(long patronId) {
        Map<Long, BranchRef> pickup = branches.byId();
        return views.views(em.createNamedQuery(Hold.OF_PATRON, Hold.class)
                .setParameter("patron", patronId)
                .setParameter("active", Hold.ACTIVE)
                .setParameter("since", clock.now())
                .getResultStream()
                .filter(h -> h.status() == HoldStatus.READY
                        && pickup.get(h.pickupBranchId())
                                .station(h.pickupStationId())
                                .filter(s -> s.kind() == PickupStationKind.HOLD_SHELF_ROOM)
                                .isPresent())
                .toList());
    }

    private int maxHolds(PatronProfile patron) {
        return em.createNamedQuery(HoldPolicyEntry.MATCHING, HoldPolicyEntry.class)
                .setParameter("category", patron.category())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(HoldPolicyEntry::maxHolds)
                .orElse(HoldRules.DEFAULT_MAX_HOLDS);
    }
}
