package jp.shiori.holds.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.shiori.branch.internal.Branch;
import jp.shiori.branch.internal.PickupStation;
import jp.shiori.catalog.internal.Item;
import jp.shiori.catalog.internal.Title;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldEndReason;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldType;

/**
 * 予約: one patron's hold on one title, from the queue to the pickup. The patron is another aggregate, referenced
 * by id; the queue order is the id (first come, first served).
 */
@Entity
@Table(name = "hold")
@NamedQuery(name = Hold.WAITING_FOR_TITLE,
        query = "select h from Hold h where h.title = :title and h.status = jp.shiori.holds.HoldStatus.WAITING order by h.id")
@NamedQuery(name = Hold.OF_PATRON, query = "select h from Hold h join fetch h.title join fetch h.pickupBranch"
        + " where h.patronId = :patron and (h.status in :active or h.endedAt >= :since)"
        // In the order placed, a placement's titles as the patron gave them: identity ids of one flush need not be.
        + " order by h.placedAt, h.placementSeq, h.id")
@NamedQuery(name = Hold.OF_PLACEMENT, query = "select h from Hold h where h.placementId = :placement order by h.placementSeq")
@NamedQuery(name = Hold.TRAPPED_WITH_ITEM,
        query = "select h from Hold h where h.item = :item and h.status in :trapped")
@NamedQuery(name = Hold.POSITION,
        query = "select count(h) from Hold h where h.title = :title and h.status = jp.shiori.holds.HoldStatus.WAITING and h.id <= :id")
@NamedQuery(name = Hold.COUNT_ACTIVE_OF_PATRON,
        query = "select count(h) from Hold h where h.patronId = :patron and h.status in :active")
@NamedQuery(name = Hold.ACTIVE_TITLES_OF_PATRON,
        query = "select h.title.id from Hold h where h.patronId = :patron and h.status in :active")
@NamedQuery(name = Hold.READY_PAST, query = "select h from Hold h where h.status = jp.shiori.holds.HoldStatus.READY"
        + " and h.deadline < :today order by h.deadline, h.id")
@NamedQuery(name = Hold.ON_SHELF_OF_BRANCH, query = "select h from Hold h join fetch h.title join fetch h.item"
        + " where h.pickupBranch = :branch and h.status in :trapped order by h.status, h.deadline, h.id")
@NamedQuery(name = Hold.SLOTS_IN_USE, query = "select h.shelfSlot from Hold h where h.pickupStation = :station"
        + " and h.status in :trapped and h.shelfSlot is not null")
public class Hold {

    static final String WAITING_FOR_TITLE = "Hold.waitingForTitle";
    static final String OF_PATRON = "Hold.ofPatron";
    static final String OF_PLACEMENT = "Hold.ofPlacement";
    static final String TRAPPED_WITH_ITEM = "Hold.trappedWithItem";
    static final String POSITION = "Hold.position";
    static final String COUNT_ACTIVE_OF_PATRON = "Hold.countActiveOfPatron";
    static final String ACTIVE_TITLES_OF_PATRON = "Hold.activeTitlesOfPatron";
    static final String READY_PAST = "Hold.readyPast";
    static final String ON_SHELF_OF_BRANCH = "Hold.onShelfOfBranch";
    static final String SLOTS_IN_USE = "Hold.slotsInUse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Column(name = "placement_id")
    private Long placementId;

    @Column(name = "placement_seq", nullable = false)
    private int placementSeq;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_type", nullable = false, length = 8)
    private HoldType type;

    @Column(name = "wanted")
    private Integer wanted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private HoldStatus status = HoldStatus.WAITING;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "pickup_branch_id", nullable = false)
    private Branch pickupBranch;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pickup_station_id")
    private PickupStation pickupStation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ContactMethod contact;

    @Column(name = "counter_requested", nullable = false)
    private boolean counterRequested;

    @Column(name = "placed_at", nullable = false)
    private LocalDateTime placedAt;

    @Column(name = "placed_by", nullable = false, length = 100)
    private String placedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(name = "trapped_at")
    private LocalDateTime trappedAt;

    @Column(name = "ready_at")
    private LocalDateTime readyAt;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "shelf_slot", length = 16)
    private String shelfSlot;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason_code", length = 32)
    private HoldEndReason endReasonCode;

    @Version
    private long version;

    protected Hold() {
        // for JPA
    }

    Hold(long patronId, Title title, HoldType type, Integer wanted, int placementSeq, Branch pickupBranch,
            PickupStation pickupStation, ContactMethod contact, boolean counterRequested, LocalDateTime placedAt,
            String placedBy) {
        this.patronId = patronId;
        this.title = Objects.requireNonNull(title, "title");
        this.type = Objects.requireNonNull(type, "type");
        this.wanted = type == HoldType.ANY_N ? wanted : null;
        this.placementSeq = placementSeq;
        this.pickupBranch = Objects.requireNonNull(pickupBranch, "pickupBranch");
        this.pickupStation = pickupStation;
        this.contact = Objects.requireNonNull(contact, "contact");
        this.counterRequested = counterRequested;
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.placedBy = Objects.requireNonNull(placedBy, "placedBy");
    }

    void groupInto(long placement) {
        this.placementId = placement;
    }

    /** A copy is set aside: ready at once when it is at the pickup branch, else on its way there. */
    void trap(Item copy, boolean atPickupBranch, LocalDateTime now, LocalDate deadline, String slot) {
        this.item = Objects.requireNonNull(copy, "copy");
        this.status = atPickupBranch ? HoldStatus.READY : HoldStatus.IN_TRANSIT;
        this.trappedAt = now;
        this.readyAt = atPickupBranch ? now : null;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.shelfSlot = slot;
    }

    /**
     * The copy in transit arrived at the pickup branch: the patron's week to collect it starts now, not on the day it
     * was set aside at another branch (the days in transit are not theirs).
     */
    void arrived(LocalDateTime now, LocalDate deadline) {
        this.status = HoldStatus.READY;
        this.readyAt = now;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    void fulfil(LocalDateTime now) {
        this.status = HoldStatus.FULFILLED;
        this.endedAt = now;
    }

    /** Ends the hold for a reason stored as a code; {@code staffReason}: the librarian's words (STAFF_CANCELLED). */
    void end(HoldStatus how, HoldEndReason code, String staffReason, LocalDateTime now) {
        if (how != HoldStatus.CANCELLED && how != HoldStatus.EXPIRED) {
            throw new IllegalArgumentException("a hold ends cancelled or expired: " + how);
        }
        this.status = how;
        this.endReasonCode = java.util.Objects.requireNonNull(code, "code");
        this.endReason = code == HoldEndReason.STAFF_CANCELLED ? staffReason : null;
        this.endedAt = now;
        this.shelfSlot = null;
    }

    Long id() {
        return id;
    }

    long patronId() {
        return patronId;
    }

    Title title() {
        return title;
    }

    Long placementId() {
        return placementId;
    }

    int placementSeq() {
        return placementSeq;
    }

    HoldType type() {
        return type;
    }

    Integer wanted() {
        return wanted;
    }

    HoldStatus status() {
        return status;
    }

    Branch pickupBranch() {
        return pickupBranch;
    }

    PickupStation pickupStation() {
        return pickupStation;
    }

    ContactMethod contact() {
        return contact;
    }

    boolean counterRequested() {
        return counterRequested;
    }

    LocalDateTime placedAt() {
        return placedAt;
    }

    Item item() {
        return item;
    }

    LocalDate deadline() {
        return deadline;
    }

    String shelfSlot() {
        return shelfSlot;
    }

    HoldEndReason endReasonCode() {
        return endReasonCode;
    }

    String endReason() {
        return endReason;
    }
}
