package jp.shiori.holds.internal;

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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.PickupStationKind;
import jp.shiori.branch.internal.Branch;
import jp.shiori.branch.internal.PickupStation;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.internal.Item;
import jp.shiori.catalog.internal.Title;
import jp.shiori.catalog.internal.TitlesChanged;
import jp.shiori.circulation.HoldQueue;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LocalizedText;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldEndReason;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldRefusal;
import jp.shiori.holds.HoldRules;
import jp.shiori.holds.HoldShelfLine;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PlacementResult;
import jp.shiori.holds.PullListLine;
import jp.shiori.holds.TitleRefusal;
import jp.shiori.holds.TrapResult;
import jp.shiori.notify.MailMessage;
import jp.shiori.notify.MailOutbox;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.patron.internal.AuditEntry;
import jp.shiori.patron.internal.Patron;

/**
 * Holds as transaction scripts. Every change to a title's queue holds a row lock on the title, so placements,
 * traps and cancellations of one title happen one after another (a copy is never lost between a cancel and a
 * trap, and 500 patrons placing at once get positions 1 to 500). When a copy is involved its row is locked
 * first, then the title: the order circulation uses at check-in.
 */
@Stateless
@Local({Holds.class, HoldQueue.class})
public class DefaultHolds implements Holds, HoldQueue {

    static final ZoneId LIBRARY_ZONE = ZoneId.of("Asia/Tokyo");
    private static final Set<HoldStatus> ACTIVE = EnumSet.of(HoldStatus.WAITING, HoldStatus.IN_TRANSIT, HoldStatus.READY);
    private static final Set<HoldStatus> TRAPPED = EnumSet.of(HoldStatus.IN_TRANSIT, HoldStatus.READY);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PatronAccounts patrons;

    @EJB
    private MailOutbox outbox;

    @EJB
    private BranchDirectory directory;

    @Inject
    private Event<TitlesChanged> changes;

    private final Clock clock = Clock.systemUTC();

    // ---- placing ----------------------------------------------------------------------------------------------

    @Override
    public PlacementResult place(long patronId, HoldPlacement placement, boolean counterRequested, String actor) {
        PatronProfile patron = patrons.profile(patronId).orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND,
                "No patron has the id " + patronId + "."));
        em.find(Patron.class, patronId, LockModeType.PESSIMISTIC_WRITE); // one placement of a patron at a time
        Map<Long, Title> titles = new LinkedHashMap<>();
        for (Long id : new TreeSet<>(placement.titleIds())) { // titles locked in id order: no deadlock
            Title title = id == null ? null : em.find(Title.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (title != null) {
                titles.put(id, title);
            }
        }
        Set<Long> heldNow = new HashSet<>(em.createNamedQuery(Hold.ACTIVE_TITLES_OF_PATRON, Long.class)
                .setParameter("patron", patronId).setParameter("active", ACTIVE).getResultList());
        Map<Long, HoldRules.TitleFacts> facts = new HashMap<>();
        for (Long id : placement.titleIds()) {
            Title title = titles.get(id);
            facts.put(id, title == null ? new HoldRules.TitleFacts(false, false, false, false)
                    : new HoldRules.TitleFacts(true, hasLoanableCopy(title), heldNow.contains(id), onLoanTo(patronId, title)));
        }
        Optional<Branch> branch = branch(placement.pickupBranch());
        Map<String, PickupStation> stations = branch.map(this::activeStations).orElse(Map.of());
        HoldRules.PickupFacts pickup = new HoldRules.PickupFacts(branch.map(Branch::pickupLocation).orElse(false),
                stations.keySet(), placement.pickupStation() == null || placement.pickupStation().isBlank()
                        ? null : placement.pickupStation());
        HoldRules.PatronFacts patronFacts = new HoldRules.PatronFacts(patron.standing() == CardStanding.EXPIRED,
                patron.blocked(), patron.emailVerified() && patron.email() != null, heldNow.size(), maxHolds(patron));
        List<TitleRefusal> refusals = HoldRules.refusals(placement, patronFacts, facts, pickup);
        if (!refusals.isEmpty()) {
            return new PlacementResult(List.of(), refusals);
        }
        LocalDateTime now = now();
        List<Hold> placed = new ArrayList<>();
        int sequence = 0;
        for (Long id : placement.titleIds()) {
            Hold hold = new Hold(patronId, titles.get(id), placement.type(), placement.wanted(), sequence++, branch.get(),
                    pickup.station() == null ? null : stations.get(pickup.station()), placement.contact(),
                    counterRequested, now, actor);
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
        placed.forEach(h -> audit(actor, counterRequested ? "hold-placed-at-counter" : "hold-placed", h,
                h.title().title() + " → " + pickupName(h).ja()));
        if (placement.confirmationMail() && patron.email() != null) {
            mailPlaced(patron, placed, placement.language());
        }
        return new PlacementResult(placed.stream().map(this::view).toList(), List.of());
    }

    private boolean hasLoanableCopy(Title title) {
        return em.createQuery("select count(i) from Item i where i.title = :title and i.loanable = true"
                        + " and i.status not in :gone", Long.class).setParameter("title", title)
                .setParameter("gone", EnumSet.of(ItemStatus.MISSING, ItemStatus.WITHDRAWN)).getSingleResult() > 0;
    }

    private boolean onLoanTo(long patronId, Title title) {
        return em.createQuery("select count(l) from Loan l where l.patronId = :patron and l.returnedAt is null"
                        + " and l.item.title = :title", Long.class).setParameter("patron", patronId)
                .setParameter("title", title).getSingleResult() > 0;
    }

    private int maxHolds(PatronProfile patron) {
        return em.createNamedQuery(HoldPolicyEntry.MATCHING, HoldPolicyEntry.class).setParameter("category", patron.category())
                .setMaxResults(1).getResultStream().findFirst().map(HoldPolicyEntry::maxHolds)
                .orElse(HoldRules.DEFAULT_MAX_HOLDS);
    }

    // ---- the patron's view ------------------------------------------------------------------------------------

    @Override
    public List<HoldView> holdsOf(long patronId) {
        List<Hold> holds = em.createNamedQuery(Hold.OF_PATRON, Hold.class).setParameter("patron", patronId)
                .setParameter("active", ACTIVE).setParameter("since", now().minusDays(30)).getResultList();
        List<HoldView> views = new ArrayList<>();
        holds.stream().filter(h -> h.status().active()).map(this::view).forEach(views::add);
        holds.stream().filter(h -> !h.status().active()).map(this::view).forEach(views::add);
        return views;
    }

    @Override
    public Optional<HoldRefusal> cancelByPatron(long patronId, long holdId) {
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null || hold.patronId() != patronId) {
            // Another patron's hold answers as if it did not exist.
            throw new RefusedException(ErrorCode.NOT_FOUND, "You have no hold with the id " + holdId + ".");
        }
        em.find(Title.class, hold.title().id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(hold); // a trap may have happened while we waited for the title
        Optional<HoldRefusal> refusal = HoldRules.patronMayCancel(hold.status(), hold.counterRequested());
        if (refusal.isEmpty()) {
            hold.end(HoldStatus.CANCELLED, HoldEndReason.PATRON_CANCELLED, null, now());
            audit("patron:" + patronId, "hold-cancelled", hold, hold.title().title());
        }
        return refusal;
    }

    @Override
    public List<HoldView> waitingInHoldShelfRoom(long patronId) {
        return em.createNamedQuery(Hold.OF_PATRON, Hold.class).setParameter("patron", patronId)
                .setParameter("active", ACTIVE).setParameter("since", now()).getResultStream()
                .filter(h -> h.status() == HoldStatus.READY && h.pickupStation() != null
                        && h.pickupStation().kind() == PickupStationKind.HOLD_SHELF_ROOM)
                .map(this::view).toList();
    }

    // ---- staff ------------------------------------------------------------------------------------------------

    @Override
    public TrapResult cancelByStaff(long holdId, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "A cancellation needs a reason of at most 500 characters.");
        }
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No hold has the id " + holdId + ".");
        }
        Item copy = hold.item() == null ? null : em.find(Item.class, hold.item().id(), LockModeType.PESSIMISTIC_WRITE);
        em.find(Title.class, hold.title().id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(hold);
        if (!hold.status().active()) {
            throw new RefusedException(ErrorCode.CONFLICT, "The hold has ended already (" + hold.status() + ").");
        }
        boolean hadCopy = hold.status().trapped();
        String where = hold.status() == HoldStatus.READY ? hold.pickupBranch().code() : copy == null ? null : copy.branch().code();
        hold.end(HoldStatus.CANCELLED, HoldEndReason.STAFF_CANCELLED, why, now());
        audit(actor, "hold-cancelled-by-staff", hold, why);
        if (!hadCopy) {
            return new TrapResult(null, hold.title().title(), null, null, null, null, null, null, null, null);
        }
        TrapResult next = passOn(copy, where, actor);
        changes.fire(new TitlesChanged(Set.of(hold.title().id())));
        return next;
    }

    @Override
    public List<HoldView> queueOf(long titleId) {
        List<Hold> active = em.createQuery("select h from Hold h join fetch h.pickupBranch where h.title.id = :title"
                + " and h.status in :active order by h.id", Hold.class).setParameter("title", titleId)
                .setParameter("active", ACTIVE).getResultList();
        List<HoldView> views = new ArrayList<>();
        int position = 0;
        for (Hold h : active) {
            if (h.status().trapped()) {
                views.add(view(h));
            }
        }
        for (Hold h : active) {
            if (h.status() == HoldStatus.WAITING) {
                views.add(view(h, ++position));
            }
        }
        return views;
    }

    @Override
    public List<PullListLine> pullList(String branchCode) {
        Branch branch = branch(branchCode).orElseThrow(() -> unknownBranch(branchCode));
        List<Item> copies = em.createQuery("select i from Item i join fetch i.title where i.branch = :branch"
                        + " and i.status = jp.shiori.catalog.ItemStatus.AVAILABLE and i.loanable = true"
                        + " and exists (select h from Hold h where h.title = i.title and h.status = jp.shiori.holds.HoldStatus.WAITING)"
                        + " order by i.title.id, i.barcode", Item.class)
                .setParameter("branch", branch).setMaxResults(500).getResultList();
        Map<Long, Long> waiting = new HashMap<>();
        return copies.stream().map(i -> new PullListLine(i.barcode(), i.title().id(), i.title().title(), i.shelfLocation(),
                i.callNumber(), waiting.computeIfAbsent(i.title().id(), t -> em.createQuery(
                        "select count(h) from Hold h where h.title.id = :t and h.status = jp.shiori.holds.HoldStatus.WAITING",
                        Long.class).setParameter("t", t).getSingleResult()).intValue())).toList();
    }

    @Override
    public TrapResult pull(String itemBarcode, String branchCode, String actor) {
        Branch branch = branch(branchCode).orElseThrow(() -> unknownBranch(branchCode));
        Item copy = lockedItem(itemBarcode);
        if (copy.status() != ItemStatus.AVAILABLE || !copy.loanable() || !copy.branch().equals(branch)) {
            throw new RefusedException(ErrorCode.CONFLICT, "The copy " + copy.barcode() + " is not on the shelf of "
                    + branch.code() + " (" + copy.status() + ").");
        }
        em.find(Title.class, copy.title().id(), LockModeType.PESSIMISTIC_WRITE);
        Optional<Hold> next = nextEligible(copy.title());
        if (next.isEmpty()) {
            throw new RefusedException(ErrorCode.CONFLICT, "No hold waits for " + copy.title().title() + ".");
        }
        TrapResult result = trap(next.get(), copy, branch.code(), actor);
        changes.fire(new TitlesChanged(Set.of(copy.title().id())));
        return result;
    }

    @Override
    public TrapResult receive(String itemBarcode, String branchCode, String actor) {
        Branch branch = branch(branchCode).orElseThrow(() -> unknownBranch(branchCode));
        Item copy = lockedItem(itemBarcode);
        em.find(Title.class, copy.title().id(), LockModeType.PESSIMISTIC_WRITE);
        Hold hold = em.createNamedQuery(Hold.TRAPPED_WITH_ITEM, Hold.class).setParameter("item", copy)
                .setParameter("trapped", EnumSet.of(HoldStatus.IN_TRANSIT)).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(ErrorCode.CONFLICT,
                        "The copy " + copy.barcode() + " is not in transit for a hold."));
        if (!hold.pickupBranch().equals(branch)) {
            throw new RefusedException(ErrorCode.CONFLICT, "The copy " + copy.barcode() + " goes to "
                    + hold.pickupBranch().code() + ", not " + branch.code() + ".");
        }
        LocalDate today = today();
        hold.arrived(now(), HoldRules.pickupDeadline(today, closedDays(hold.pickupBranch(), today)));
        copy.setAside(ItemStatus.ON_HOLD_SHELF);
        audit(actor, "hold-received", hold, copy.barcode() + " at " + branch.code());
        mailReady(hold);
        changes.fire(new TitlesChanged(Set.of(copy.title().id())));
        return result(hold, copy);
    }

    @Override
    public Optional<TrapResult> setAsideFor(String itemBarcode) {
        return em.createQuery("select h from Hold h join fetch h.item join fetch h.title where h.item.barcode = :barcode"
                        + " and h.status in :trapped", Hold.class).setParameter("barcode", typedBarcode(itemBarcode))
                .setParameter("trapped", TRAPPED).getResultStream().findFirst().map(h -> result(h, h.item()));
    }

    @Override
    public List<HoldShelfLine> holdShelf(String branchCode) {
        Branch branch = branch(branchCode).orElseThrow(() -> unknownBranch(branchCode));
        return em.createNamedQuery(Hold.ON_SHELF_OF_BRANCH, Hold.class).setParameter("branch", branch)
                .setParameter("trapped", TRAPPED).getResultStream().map(h -> {
                    PatronProfile p = patrons.profile(h.patronId()).orElseThrow();
                    return new HoldShelfLine(h.id(), h.item().barcode(), h.title().title(), p.cardNumber(), p.name(),
                            h.status(), h.pickupStation() == null ? null : h.pickupStation().code(), h.shelfSlot(),
                            h.deadline());
                }).toList();
    }

    @Override
    public int expire(LocalDate today, String actor) {
        List<Hold> due = em.createNamedQuery(Hold.READY_PAST, Hold.class).setParameter("today", today).getResultList();
        int expired = 0;
        for (Hold candidate : due) {
            Item copy = em.find(Item.class, candidate.item().id(), LockModeType.PESSIMISTIC_WRITE);
            em.find(Title.class, candidate.title().id(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(candidate);
            if (candidate.status() != HoldStatus.READY || !HoldRules.expired(candidate.deadline(), today)) {
                continue; // collected or cancelled meanwhile
            }
            candidate.end(HoldStatus.EXPIRED, HoldEndReason.NOT_COLLECTED, null, now());
            audit(actor, "hold-expired", candidate, "deadline " + candidate.deadline());
            passOn(copy, candidate.pickupBranch().code(), actor);
            changes.fire(new TitlesChanged(Set.of(candidate.title().id())));
            expired++;
        }
        return expired;
    }

    // ---- circulation's questions (HoldQueue) ------------------------------------------------------------------

    @Override
    public boolean othersWaitFor(long titleId, long patronId) {
        return em.createQuery("select count(h) from Hold h where h.title.id = :title and h.patronId <> :patron"
                        + " and h.status in :active", Long.class).setParameter("title", titleId).setParameter("patron", patronId)
                .setParameter("active", ACTIVE).getSingleResult() > 0;
    }

    @Override
    public boolean trappedForAnother(long itemId, long patronId) {
        return trappedWith(itemId).filter(h -> h.patronId() != patronId).isPresent();
    }

    @Override
    public boolean trappedFor(long itemId, long patronId) {
        return trappedWith(itemId).filter(h -> h.patronId() == patronId).isPresent();
    }

    @Override
    public int readyForPickup(long patronId) {
        return em.createQuery("select count(h) from Hold h where h.patronId = :patron"
                        + " and h.status = jp.shiori.holds.HoldStatus.READY", Long.class)
                .setParameter("patron", patronId).getSingleResult().intValue();
    }

    @Override
    public void lent(long itemId, long titleId, long patronId) {
        Title title = em.find(Title.class, titleId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Hold> own = em.createQuery("select h from Hold h where h.title = :title and h.patronId = :patron"
                        + " and h.status in :active", Hold.class).setParameter("title", title).setParameter("patron", patronId)
                .setParameter("active", ACTIVE).getResultStream().findFirst();
        if (own.isEmpty()) {
            return;
        }
        Hold hold = own.get();
        Item other = hold.item() != null && !hold.item().id().equals(itemId) && hold.status().trapped() ? hold.item() : null;
        hold.fulfil(now());
        audit("system", "hold-fulfilled", hold, "item:" + itemId);
        if (other != null) {
            // The patron borrowed another copy than the one set aside: that one goes to the next hold.
            Item copy = em.find(Item.class, other.id(), LockModeType.PESSIMISTIC_WRITE);
            passOn(copy, hold.pickupBranch().code(), "system");
        }
        cancelRestIfSatisfied(hold);
    }

    @Override
    public Disposition returned(long itemId, long titleId, String branchCode) {
        Item copy = em.find(Item.class, itemId); // locked by circulation
        em.find(Title.class, titleId, LockModeType.PESSIMISTIC_WRITE);
        if (!copy.loanable()) {
            return Disposition.SHELF;
        }
        Optional<Hold> next = nextEligible(copy.title());
        if (next.isEmpty()) {
            return Disposition.SHELF;
        }
        TrapResult trapped = trap(next.get(), copy, branchCode, "system");
        return trapped.status() == HoldStatus.READY ? Disposition.HOLD_SHELF : Disposition.TRANSIT;
    }

    // ---- the queue --------------------------------------------------------------------------------------------

    /** The oldest waiting hold of the title that may take a copy now (ordered and any-N rules). */
    private Optional<Hold> nextEligible(Title title) {
        for (Hold hold : em.createNamedQuery(Hold.WAITING_FOR_TITLE, Hold.class).setParameter("title", title)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if (hold.placementId() == null || HoldRules.mayTrap(hold.type(), hold.wanted(), hold.placementSeq(), siblings(hold))) {
                return Optional.of(hold);
            }
        }
        return Optional.empty();
    }

    private List<HoldRules.Sibling> siblings(Hold hold) {
        return em.createNamedQuery(Hold.OF_PLACEMENT, Hold.class).setParameter("placement", hold.placementId())
                .getResultStream().map(h -> new HoldRules.Sibling(h.placementSeq(), h.status())).toList();
    }

    /** Sets the copy aside for the hold; {@code at} is the branch where the copy is now. */
    private TrapResult trap(Hold hold, Item copy, String at, String actor) {
        boolean atPickup = hold.pickupBranch().code().equals(at);
        LocalDate today = today();
        LocalDate deadline = HoldRules.pickupDeadline(today, closedDays(hold.pickupBranch(), today));
        String slot = hold.pickupStation() != null && hold.pickupStation().kind() == PickupStationKind.HOLD_SHELF_ROOM
                ? freeSlot(hold.pickupStation()) : null;
        hold.trap(copy, atPickup, now(), deadline, slot);
        copy.setAside(atPickup ? ItemStatus.ON_HOLD_SHELF : ItemStatus.IN_TRANSIT);
        em.flush();
        audit(actor, atPickup ? "hold-trapped" : "hold-trapped-transit", hold, copy.barcode() + " at " + at
                + (slot == null ? "" : " slot " + slot) + ", until " + deadline);
        if (atPickup) {
            mailReady(hold);
        }
        cancelRestIfSatisfied(hold);
        return result(hold, copy);
    }

    /** An any-N placement with its N trapped or collected: its waiting holds are cancelled. */
    private void cancelRestIfSatisfied(Hold hold) {
        if (hold.type() != HoldType.ANY_N || hold.placementId() == null
                || !HoldRules.anyNSatisfied(hold.wanted(), siblings(hold))) {
            return;
        }
        for (Hold sibling : em.createNamedQuery(Hold.OF_PLACEMENT, Hold.class).setParameter("placement", hold.placementId())
                .getResultList()) {
            if (sibling.status() == HoldStatus.WAITING) {
                sibling.end(HoldStatus.CANCELLED, HoldEndReason.ANY_N_COMPLETE, null, now());
                audit("system", "hold-cancelled-any-n", sibling, null);
            }
        }
    }

    /** A copy freed by a cancelled or expired hold: to the next hold of its title, or back to the shelf. */
    private TrapResult passOn(Item copy, String at, String actor) {
        Optional<Hold> next = nextEligible(copy.title());
        if (next.isPresent() && at != null) {
            return trap(next.get(), copy, at, actor);
        }
        copy.returnToShelf();
        return new TrapResult(copy.barcode(), copy.title().title(), null, null, null, null, null, null, null, null);
    }

    /** The lowest free shelf number of the hold-shelf room (R-001, R-002, ...). */
    private String freeSlot(PickupStation room) {
        Set<String> used = new HashSet<>(em.createNamedQuery(Hold.SLOTS_IN_USE, String.class).setParameter("station", room)
                .setParameter("trapped", TRAPPED).getResultList());
        for (int n = 1; ; n++) {
            String slot = String.format(Locale.ROOT, "R-%03d", n);
            if (!used.contains(slot)) {
                return slot;
            }
        }
    }

    // ---- views, mail, lookups ---------------------------------------------------------------------------------

    private HoldView view(Hold h) {
        Integer position = h.status() == HoldStatus.WAITING ? em.createNamedQuery(Hold.POSITION, Long.class)
                .setParameter("title", h.title()).setParameter("id", h.id()).getSingleResult().intValue() : null;
        return view(h, position);
    }

    private HoldView view(Hold h, Integer position) {
        return new HoldView(h.id(), h.title().id(), h.title().title(), h.status(), h.type(), position,
                h.pickupBranch().code(), h.pickupStation() == null ? null : h.pickupStation().code(), pickupName(h),
                h.pickupBranch().phone(), h.placedAt(), h.deadline(), h.shelfSlot(), h.counterRequested(),
                h.item() == null ? null : h.item().barcode(), h.endReason(), h.endReasonCode());
    }

    private TrapResult result(Hold hold, Item copy) {
        PatronProfile patron = patrons.profile(hold.patronId()).orElseThrow();
        return new TrapResult(copy.barcode(), hold.title().title(), hold.id(), hold.status(), patron.cardNumber(),
                patron.name(), hold.pickupBranch().code(), hold.pickupStation() == null ? null : hold.pickupStation().code(),
                hold.shelfSlot(), hold.deadline());
    }

    private static LocalizedText pickupName(Hold h) {
        LocalizedText branch = h.pickupBranch().name();
        if (h.pickupStation() == null) {
            return branch;
        }
        LocalizedText station = h.pickupStation().name();
        return new LocalizedText(branch.ja() + " " + station.ja(),
                (branch.en() == null ? branch.ja() : branch.en()) + " — " + (station.en() == null ? station.ja() : station.en()));
    }

    private void mailPlaced(PatronProfile patron, List<Hold> holds, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        String titles = holds.stream().map(h -> "・" + h.title().title()).collect(Collectors.joining("\n"));
        outbox.enqueue(new MailMessage(patron.email(), language, "hold-placed", Map.of(
                "libraryName", directory.libraryName().in(locale), "patronName", patron.name(),
                "titles", titles, "pickup", pickupName(holds.get(0)).in(locale),
                "holdType", typeInWords(holds.get(0), locale))));
    }

    /** 予約種別 as the mail's reader says it (通常, 順番予約, いずれか予約 with N), not the enum's name. */
    private static String typeInWords(Hold hold, Locale locale) {
        java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("jp.shiori.notify.mail", locale,
                DefaultHolds.class.getClassLoader());
        String type = words.getString("hold-type." + hold.type().name());
        return hold.type() == HoldType.ANY_N ? type + " (" + hold.wanted() + ")" : type;
    }

    private void mailReady(Hold hold) {
        if (hold.contact() != ContactMethod.EMAIL) {
            return;
        }
        PatronProfile patron = patrons.profile(hold.patronId()).orElseThrow();
        if (patron.email() == null || !patron.emailVerified()) {
            return;
        }
        outbox.enqueue(new MailMessage(patron.email(), "ja", "hold-ready", Map.of(
                "libraryName", directory.libraryName().in(Locale.JAPANESE), "patronName", patron.name(),
                "title", hold.title().title(), "pickup", pickupName(hold).ja(),
                "deadline", hold.deadline().toString(), "shelf", hold.shelfSlot() == null ? "-" : hold.shelfSlot())));
    }

    private Optional<Hold> trappedWith(long itemId) {
        Item item = em.getReference(Item.class, itemId);
        return em.createNamedQuery(Hold.TRAPPED_WITH_ITEM, Hold.class).setParameter("item", item)
                .setParameter("trapped", TRAPPED).getResultStream().findFirst();
    }

    private Map<String, PickupStation> activeStations(Branch branch) {
        Map<String, PickupStation> stations = new LinkedHashMap<>();
        em.createQuery("select s from PickupStation s where s.branch = :branch and s.active = true", PickupStation.class)
                .setParameter("branch", branch).getResultStream().forEach(s -> stations.put(s.code(), s));
        return stations;
    }

    private Optional<Branch> branch(String code) {
        return code == null ? Optional.empty() : em.createNamedQuery(Branch.BY_CODE, Branch.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private static RefusedException unknownBranch(String code) {
        return new RefusedException(ErrorCode.NOT_FOUND, "No branch has the code '" + code + "'.");
    }

    /** A barcode as scanned or typed: full-width digits read as digits. */
    private static String typedBarcode(String barcode) {
        return barcode == null ? "" : java.text.Normalizer.normalize(barcode, java.text.Normalizer.Form.NFKC).strip();
    }

    private Item lockedItem(String barcode) {
        String typed = typedBarcode(barcode);
        return em.createQuery("select i from Item i where i.barcode = :barcode", Item.class).setParameter("barcode", typed)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No item has the barcode " + typed + "."));
    }

    private Predicate<LocalDate> closedDays(Branch branch, LocalDate from) {
        Set<LocalDate> closed = new HashSet<>(em.createQuery("select c.closedOn from ClosedDay c where c.branch = :branch"
                        + " and c.closedOn > :from and c.closedOn <= :to", LocalDate.class)
                .setParameter("branch", branch).setParameter("from", from).setParameter("to", from.plusDays(400))
                .getResultList());
        return closed::contains;
    }

    private void audit(String actor, String action, Hold hold, String detail) {
        em.persist(new AuditEntry(now(), actor, action, "patron:" + hold.patronId(),
                "hold:" + hold.id() + (detail == null ? "" : " " + detail)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LIBRARY_ZONE));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
