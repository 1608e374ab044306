package jp.shiori.holds.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldEndReason;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldType;

/**
 * 予約: one patron's hold on one title, from the queue to the pickup. The patron, the title, the copy set aside and
 * the pickup point belong to other contexts and are referenced by id; the queue order is the id (first come, first
 * served).
 */
@Entity
@Table(name = "hold")
@NamedQuery(
        name = Hold.WAITING_FOR_TITLE,
        query = "select h from Hold h where h.titleId = :title"
                + " and h.status = jp.shiori.holds.HoldStatus.WAITING order by h.id")
@NamedQuery(
        name = Hold.ACTIVE_OF_TITLE,
        query = "select h from Hold h where h.titleId = :title and h.status in :active order by h.id")
@NamedQuery(
        name = Hold.OF_PATRON,
        query = "select h from Hold h"
                + " where h.patronId = :patron and (h.status in :active or h.endedAt >= :since)"
                // In the order placed, a placement's titles as the patron gave them: identity ids of one flush need not
                // be.
                + " order by h.placedAt, h.placementSeq, h.id")
@NamedQuery(
        name = Hold.ACTIVE_OF_PATRON_AND_TITLE,
        query = "select h from Hold h where h.titleId = :title" + " and h.patronId = :patron and h.status in :active")
@NamedQuery(
        name = Hold.OF_PLACEMENT,
        query = "select h from Hold h where h.placementId = :placement order by h.placementSeq")
@NamedQuery(
        name = Hold.TRAPPED_WITH_ITEM,
        query = "select h from Hold h where h.itemId = :item and h.status in :trapped")
// A waiting hold's place in its title's queue, for many holds in one statement.
@NamedQuery(
        name = Hold.POSITIONS,
        query = "select mine.id, count(other) from Hold mine, Hold other"
                + " where mine.id in :ids and other.titleId = mine.titleId"
                + " and other.status = jp.shiori.holds.HoldStatus.WAITING and other.id <= mine.id group by mine.id")
@NamedQuery(
        name = Hold.WAITING_PER_TITLE,
        query = "select h.titleId, count(h) from Hold h"
                + " where h.status = jp.shiori.holds.HoldStatus.WAITING group by h.titleId order by h.titleId")
@NamedQuery(
        name = Hold.COUNT_OTHERS_ACTIVE,
        query = "select count(h) from Hold h where h.titleId = :title"
                + " and h.patronId <> :patron and h.status in :active")
@NamedQuery(
        name = Hold.TITLES_OTHERS_HOLD,
        query = "select distinct h.titleId from Hold h where h.titleId in :titles"
                + " and h.patronId <> :patron and h.status in :active")
@NamedQuery(
        name = Hold.COUNT_READY_OF_PATRON,
        query = "select count(h) from Hold h where h.patronId = :patron"
                + " and h.status = jp.shiori.holds.HoldStatus.READY")
@NamedQuery(
        name = Hold.ACTIVE_TITLES_OF_PATRON,
        query = "select h.titleId from Hold h where h.patronId = :patron and h.status in :active")
@NamedQuery(
        name = Hold.READY_PAST_IDS,
        query = "select h.id from Hold h where h.status = jp.shiori.holds.HoldStatus.READY"
                + " and h.deadline < :today and h.id > :after order by h.id")
@NamedQuery(
        name = Hold.COUNT_READY_PAST,
        query = "select count(h) from Hold h"
                + " where h.status = jp.shiori.holds.HoldStatus.READY and h.deadline < :today")
@NamedQuery(
        name = Hold.ON_SHELF_OF_BRANCH,
        query = "select h from Hold h"
                + " where h.pickupBranchId = :branch and h.status in :trapped order by h.status, h.deadline, h.id")
@NamedQuery(
        name = Hold.SLOTS_IN_USE,
        query = "select h.shelfSlot from Hold h where h.pickupStationId = :station"
                + " and h.status in :trapped and h.shelfSlot is not null")
public class Hold {

    static final String WAITING_FOR_TITLE = "Hold.waitingForTitle";
    static final String ACTIVE_OF_TITLE = "Hold.activeOfTitle";
    static final String OF_PATRON = "Hold.ofPatron";
    static final String ACTIVE_OF_PATRON_AND_TITLE = "Hold.activeOfPatronAndTitle";
    static final String OF_PLACEMENT = "Hold.ofPlacement";
    static final String TRAPPED_WITH_ITEM = "Hold.trappedWithItem";
    static final String POSITIONS = "Hold.positions";
    static final String WAITING_PER_TITLE = "Hold.waitingPerTitle";
    static final String COUNT_OTHERS_ACTIVE = "Hold.countOthersActive";
    static final String TITLES_OTHERS_HOLD = "Hold.titlesOthersHold";
    static final String COUNT_READY_OF_PATRON = "Hold.countReadyOfPatron";
    static final String ACTIVE_TITLES_OF_PATRON = "Hold.activeTitlesOfPatron";
    static final String READY_PAST_IDS = "Hold.readyPastIds";
    static final String COUNT_READY_PAST = "Hold.countReadyPast";
    static final String ON_SHELF_OF_BRANCH = "Hold.onShelfOfBranch";
    static final String SLOTS_IN_USE = "Hold.slotsInUse";

    static final Set<HoldStatus> ACTIVE = EnumSet.of(HoldStatus.WAITING, HoldStatus.IN_TRANSIT, HoldStatus.READY);
    static final Set<HoldStatus> TRAPPED = EnumSet.of(HoldStatus.IN_TRANSIT, HoldStatus.READY);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    /** The catalog's title. */
    @Column(name = "title_id", nullable = false)
    private long titleId;

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

    /** The branch context's branch and station where the patron collects the copy. */
    @Column(name = "pickup_branch_id", nullable = false)
    private long pickupBranchId;

    @Column(name = "pickup_station_id")
    private Long pickupStationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ContactMethod contact;

    @Column(name = "counter_requested", nullable = false)
    private boolean counterRequested;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "placed_by", nullable = false, length = 100)
    private String placedBy;

    /** The catalog's item set aside for the hold. */
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "trapped_at")
    private Instant trappedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "shelf_slot", length = 16)
    private String shelfSlot;

    @Column(name = "ended_at")
    private Instant endedAt;

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

    Hold(
            long patronId,
            long titleId,
            HoldType type,
            Integer wanted,
            int placementSeq,
            long pickupBranchId,
            Long pickupStationId,
            ContactMethod contact,
            boolean counterRequested,
            Instant placedAt,
            String placedBy) {
        this.patronId = patronId;
        this.titleId = titleId;
        this.type = Objects.requireNonNull(type, "type");
        this.wanted = type == HoldType.ANY_N ? wanted : null;
        this.placementSeq = placementSeq;
        this.pickupBranchId = pickupBranchId;
        this.pickupStationId = pickupStationId;
        this.contact = Objects.requireNonNull(contact, "contact");
        this.counterRequested = counterRequested;
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.placedBy = Objects.requireNonNull(placedBy, "placedBy");
    }

    void groupInto(long placement) {
        this.placementId = placement;
    }

    /** A copy is set aside: ready at once when it is at the pickup branch, else on its way there. */
    void trap(long copyId, boolean atPickupBranch, Instant now, LocalDate deadline, String slot) {
        this.itemId = copyId;
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
    void arrived(Instant now, LocalDate deadline) {
        this.status = HoldStatus.READY;
        this.readyAt = now;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    void fulfil(Instant now) {
        this.status = HoldStatus.FULFILLED;
        this.endedAt = now;
    }

    /** Ends the hold for a reason stored as a code; {@code staffReason}: the librarian's words (STAFF_CANCELLED). */
    void end(HoldStatus how, HoldEndReason code, String staffReason, Instant now) {
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

    long titleId() {
        return titleId;
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

    long pickupBranchId() {
        return pickupBranchId;
    }

    Long pickupStationId() {
        return pickupStationId;
    }

    ContactMethod contact() {
        return contact;
    }

    boolean counterRequested() {
        return counterRequested;
    }

    Instant placedAt() {
        return placedAt;
    }

    Long itemId() {
        return itemId;
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

    /** The audit log's subject of a line about this hold. */
    String auditSubject() {
        return "patron:" + patronId;
    }

    /** The audit log's detail of a line about this hold. */
    String auditDetail(String detail) {
        return "hold:" + id + (detail == null ? "" : " " + detail);
    }
}
