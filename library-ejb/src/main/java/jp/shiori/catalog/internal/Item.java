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
import jp.shiori.branch.internal.Branch;
import jp.shiori.catalog.ItemStatus;

/** 資料: one physical copy of a title, with its own barcode, owned by a branch. */
@Entity
@Table(name = "item")
@NamedQuery(name = Item.OF_TITLE,
        query = "select i from Item i join fetch i.branch where i.title.id = :titleId")
@NamedQuery(name = Item.COPY_COUNTS,
        query = "select i.title.id, count(i), sum(case when i.status = jp.shiori.catalog.ItemStatus.AVAILABLE then 1 else 0 end),"
                + " sum(case when i.loanable = true then 1 else 0 end) from Item i"
                + " where i.title.id in :ids and i.status <> jp.shiori.catalog.ItemStatus.WITHDRAWN group by i.title.id")
@NamedQuery(name = Item.FACET_ROWS,
        query = "select i.title.id, b.code, i.status, i.loanable from Item i join i.branch b where i.title.id in :ids"
                + " and i.status <> jp.shiori.catalog.ItemStatus.WITHDRAWN")
@NamedQuery(name = Item.BY_BARCODE, query = "select i from Item i where i.barcode = :barcode")
public class Item {

    static final String OF_TITLE = "Item.ofTitle";
    static final String COPY_COUNTS = "Item.copyCounts";
    static final String FACET_ROWS = "Item.facetRows";
    static final String BY_BARCODE = "Item.byBarcode";
    static final String BARCODE_PATTERN = "[0-9A-Za-z-]{1,32}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String barcode;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

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

    public Item(String barcode, Title title, Branch branch, String shelfLocation, String callNumber, boolean loanable,
            LocalDate acquiredOn) {
        if (barcode == null || !barcode.matches(BARCODE_PATTERN)) {
            throw new IllegalArgumentException("a barcode is 1 to 32 letters, digits or '-': " + barcode);
        }
        this.barcode = barcode;
        this.title = Objects.requireNonNull(title, "title");
        this.branch = Objects.requireNonNull(branch, "branch");
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
            throw new IllegalArgumentException("a returned item goes to the shelf, the hold shelf or in transit: " + next);
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

    public Branch branch() {
        return branch;
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
