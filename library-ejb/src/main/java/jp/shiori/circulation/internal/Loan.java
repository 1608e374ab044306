package jp.shiori.circulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jp.shiori.catalog.internal.Item;

/**
 * 貸出: one loan of an item to a patron, from the desk of a branch until the item comes back. Closed loans are
 * kept (the book list reads the history). The patron is another aggregate and is referenced by id.
 */
@Entity
@Table(name = "loan")
@NamedQuery(name = Loan.OPEN_OF_ITEM,
        query = "select l from Loan l where l.item = :item and l.returnedAt is null")
@NamedQuery(name = Loan.OPEN_OF_PATRON,
        query = "select l from Loan l join fetch l.item i join fetch i.title join fetch i.branch"
                + " where l.patronId = :patron and l.returnedAt is null order by l.dueOn, l.id")
@NamedQuery(name = Loan.ITEM_BY_BARCODE, query = "select i from Item i where i.barcode = :barcode")
@NamedQuery(name = Loan.CLOSED_DAYS,
        query = "select c.closedOn from ClosedDay c where c.branch = :branch and c.closedOn >= :from and c.closedOn <= :to")
@NamedQuery(name = Loan.COUNT_OPEN_OF_PATRON,
        query = "select count(l) from Loan l where l.patronId = :patron and l.returnedAt is null")
public class Loan {

    static final String OPEN_OF_ITEM = "Loan.openOfItem";
    static final String OPEN_OF_PATRON = "Loan.openOfPatron";
    static final String COUNT_OPEN_OF_PATRON = "Loan.countOpenOfPatron";
    static final String ITEM_BY_BARCODE = "Loan.itemByBarcode";
    static final String CLOSED_DAYS = "Loan.closedDays";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    @Column(name = "checked_out_at", nullable = false)
    private LocalDateTime checkedOutAt;

    @Column(name = "checked_out_by", nullable = false, length = 100)
    private String checkedOutBy;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private int renewals;

    @Column(name = "returned_at")
    private LocalDateTime returnedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "return_branch_id")
    private Branch returnBranch;

    @Column(name = "returned_by", length = 100)
    private String returnedBy;

    @Version
    private long version;

    protected Loan() {
        // for JPA
    }

    /** Lends the item: the item is marked 貸出中 until the due date. */
    Loan(Item item, long patronId, Branch branch, LocalDateTime now, String staff, LocalDate dueOn) {
        this.item = Objects.requireNonNull(item, "item");
        this.patronId = patronId;
        this.branch = Objects.requireNonNull(branch, "branch");
        this.checkedOutAt = Objects.requireNonNull(now, "now");
        this.checkedOutBy = Objects.requireNonNull(staff, "staff");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        item.lend(dueOn);
    }

    /** 延長: the new due date; the count says how often it was renewed. */
    void renew(LocalDate newDueOn) {
        if (returnedAt != null) {
            throw new IllegalStateException("a returned loan is not renewed");
        }
        this.dueOn = Objects.requireNonNull(newDueOn, "newDueOn");
        this.renewals++;
        item.lend(newDueOn);
    }

    /** 返却: closes the loan. Where the item goes next is decided by the caller (the holds context). */
    void close(Branch at, LocalDateTime now, String staff) {
        if (returnedAt != null) {
            throw new IllegalStateException("the loan is already closed");
        }
        this.returnBranch = Objects.requireNonNull(at, "at");
        this.returnedAt = Objects.requireNonNull(now, "now");
        this.returnedBy = Objects.requireNonNull(staff, "staff");
    }

    public Long id() {
        return id;
    }

    public Item item() {
        return item;
    }

    public long patronId() {
        return patronId;
    }

    public Branch branch() {
        return branch;
    }

    public LocalDateTime checkedOutAt() {
        return checkedOutAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public int renewals() {
        return renewals;
    }

    public LocalDateTime returnedAt() {
        return returnedAt;
    }

    public boolean returned() {
        return returnedAt != null;
    }
}
