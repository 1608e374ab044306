package jp.shiori.catalog.internal;

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
import java.util.Objects;
import jp.shiori.catalog.ItemBarcode;
import jp.shiori.catalog.ItemStatus;

/** 資料: one physical copy of a title, with its own barcode, owned by a branch. */
@Entity
@Table(name = "item")
@NamedQuery(name = Item.OF_TITLE, query = "select i from Item i where i.title.id = :titleId")
@NamedQuery(
        name = Item.COPY_COUNTS,
        query =
                "select i.title.id, count(i), sum(case when i.status = jp.shiori.catalog.ItemStatus.AVAILABLE then 1 else 0 end),"
                        + " sum(case when i.loanable = true then 1 else 0 end) from Item i"
                        + " where i.title.id in :ids and i.status <> jp.shiori.catalog.ItemStatus.WITHDRAWN group by i.title.id")
@NamedQuery(
        name = Item.FACET_ROWS,
        query = "select i.title.id, i.branchId, i.status, i.loanable from Item i where i.title.id in :ids"
                + " and i.status <> jp.shiori.catalog.ItemStatus.WITHDRAWN")
@NamedQuery(name = Item.BY_BARCODE, query = "select i from Item i where i.barcode = :barcode")
@NamedQuery(name = Item.BY_IDS, query = "select i from Item i join fetch i.title where i.id in :ids")
@NamedQuery(name = Item.OF_TITLES, query = "select i.id, i.title.id from Item i where i.title.id in :titles")
@NamedQuery(
        name = Item.LOANABLE_OF_TITLE,
        query = "select count(i) from Item i where i.title.id = :title"
                + " and i.loanable = true and i.status not in (jp.shiori.catalog.ItemStatus.MISSING,"
                + " jp.shiori.catalog.ItemStatus.WITHDRAWN)")
@NamedQuery(
        name = Item.ON_SHELF_OF_TITLES,
        query = "select i from Item i join fetch i.title where i.branchId = :branch"
                + " and i.status = jp.shiori.catalog.ItemStatus.AVAILABLE and i.loanable = true and i.title.id in :titles"
                + " order by i.title.id, i.barcode")
@NamedQuery(
        name = Item.ON_SHELF,
        query = "select i from Item i join fetch i.title"
                + " where i.status = jp.shiori.catalog.ItemStatus.AVAILABLE and i.loanable = true order by i.id")
public class Item {

    static final String OF_TITLE = "Item.ofTitle";
    static final String COPY_COUNTS = "Item.copyCounts";
    static final String FACET_ROWS = "Item.facetRows";
    static final String BY_BARCODE = "Item.byBarcode";
    static final String BY_IDS = "Item.byIds";
    static final String OF_TITLES = "Item.ofTitles";
    static final String LOANABLE_OF_TITLE = "Item.loanableOfTitle";
    static final String ON_SHELF_OF_TITLES = "Item.onShelfOfTitles";
    static final String ON_SHELF = "Item.onShelf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String barcode;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    /** The owning branch (the branch context's row). */
    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "shelf_location", length = 200)
    private String shelfLocation;

    @Column(name = "call_number", length = 100)
    private String callNumber;

    @Column(nullable = false)
    private boolean loanable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemStatus status;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "acquired_on", nullable = false)
    private LocalDate acquiredOn;

    @Version
    private long version;

    protected Item() {
        // for JPA
    }

    public Item(
            String barcode,
            Title title,
            long branchId,
            String shelfLocation,
            String callNumber,
            boolean loanable,
            LocalDate acquiredOn) {
        if (barcode == null || !barcode.matches(ItemBarcode.PATTERN)) {
            throw new IllegalArgumentException("a barcode is 1 to 32 letters, digits or '-': " + barcode);
        }
        this.barcode = barcode;
        this.title = Objects.requireNonNull(title, "title");
        this.branchId = branchId;
        this.shelfLocation = shelfLocation;
        this.callNumber = callNumber;
        this.loanable = loanable;
        this.status = ItemStatus.AVAILABLE;
        this.acquiredOn = Objects.requireNonNull(acquiredOn, "acquiredOn");
    }

    /** Marks the copy as lent until {@code dueOn}; circulation owns when this happens. */
    public void lend(LocalDate until) {
        this.status = ItemStatus.ON_LOAN;
        this.dueOn = Objects.requireNonNull(until, "until");
    }

    public void returnToShelf() {
        this.status = ItemStatus.AVAILABLE;
        this.dueOn = null;
    }

    /** After a return: back on the shelf, onto the hold shelf or in transit, as the holds context decides. */
    public void checkedIn(ItemStatus next) {
        if (next != ItemStatus.AVAILABLE && next != ItemStatus.ON_HOLD_SHELF && next != ItemStatus.IN_TRANSIT) {
            throw new IllegalArgumentException(
                    "a returned item goes to the shelf, the hold shelf or in transit: " + next);
        }
        this.status = next;
        this.dueOn = null;
    }

    /** 取り置き: set aside for a hold, onto the hold shelf or in transit to the pickup branch; the holds context decides. */
    public void setAside(ItemStatus next) {
        if (next != ItemStatus.ON_HOLD_SHELF && next != ItemStatus.IN_TRANSIT) {
            throw new IllegalArgumentException("a copy is set aside onto the hold shelf or in transit: " + next);
        }
        this.status = next;
        this.dueOn = null;
    }

    public Long id() {
        return id;
    }

    public String barcode() {
        return barcode;
    }

    public Title title() {
        return title;
    }

    public long branchId() {
        return branchId;
    }

    public String shelfLocation() {
        return shelfLocation;
    }

    public String callNumber() {
        return callNumber;
    }

    public boolean loanable() {
        return loanable;
    }

    public ItemStatus status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate acquiredOn() {
        return acquiredOn;
    }
}
