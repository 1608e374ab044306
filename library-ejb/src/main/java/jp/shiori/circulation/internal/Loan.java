package jp.shiori.circulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 貸出: one loan of an item to a patron, from the desk of a branch until the item comes back. Closed loans are
 * kept (the book list reads the history). The patron is another aggregate and is referenced by id.
 */
@Entity
@Table(name = "loan")
@NamedQuery(name = Loan.OPEN_OF_ITEM, query = "select l from Loan l where l.itemId = :item and l.returnedAt is null")
@NamedQuery(
        name = Loan.OPEN_OF_PATRON,
        query = "select l from Loan l where l.patronId = :patron and l.returnedAt is null order by l.dueOn, l.id")
@NamedQuery(
        name = Loan.OPEN_ITEMS_OF_PATRON,
        query = "select l.itemId from Loan l where l.patronId = :patron"
                + " and l.returnedAt is null and l.itemId in :items")
@NamedQuery(name = Loan.ANY, query = "select count(l) from Loan l")
@NamedQuery(
        name = Loan.PATRONS_WITH_LOANS_DUE,
        query = "select distinct l.patronId from Loan l"
                + " where l.returnedAt is null and l.dueOn >= :from and l.dueOn <= :to and l.patronId > :after"
                + " order by l.patronId")
@NamedQuery(
        name = Loan.COUNT_PATRONS_WITH_LOANS_DUE,
        query = "select count(distinct l.patronId) from Loan l"
                + " where l.returnedAt is null and l.dueOn >= :from and l.dueOn <= :to")
@NamedQuery(
        name = Loan.COUNT_OPEN_OF_PATRON,
        query = "select count(l) from Loan l where l.patronId = :patron and l.returnedAt is null")
public class Loan {

    static final String OPEN_OF_ITEM = "Loan.openOfItem";
    static final String OPEN_OF_PATRON = "Loan.openOfPatron";
    static final String COUNT_OPEN_OF_PATRON = "Loan.countOpenOfPatron";
    static final String OPEN_ITEMS_OF_PATRON = "Loan.openItemsOfPatron";
    static final String ANY = "Loan.any";
    static final String PATRONS_WITH_LOANS_DUE = "Loan.patronsWithLoansDue";
    static final String COUNT_PATRONS_WITH_LOANS_DUE = "Loan.countPatronsWithLoansDue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The catalog's item. */
    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    /** The branch of the desk that lent it. */
    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "checked_out_at", nullable = false)
    private Instant checkedOutAt;

    @Column(name = "checked_out_by", nullable = false, length = 100)
    private String checkedOutBy;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private int renewals;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_branch_id")
    private Long returnBranchId;

    @Column(name = "returned_by", length = 100)
    private String returnedBy;

    @Version
    private long version;

    protected Loan() {
        // for JPA
    }

    /** Lends the item; the catalog marks it 貸出中 until the due date. */
    Loan(long itemId, long patronId, long branchId, Instant now, String staff, LocalDate dueOn) {
        this.itemId = itemId;
        this.patronId = patronId;
        this.branchId = branchId;
        this.checkedOutAt = Objects.requireNonNull(now, "now");
        this.checkedOutBy = Objects.requireNonNull(staff, "staff");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    }

    /** 延長: the new due date; the count says how often it was renewed. */
    void renew(LocalDate newDueOn) {
        if (returnedAt != null) {
            throw new IllegalStateException("a returned loan is not renewed");
        }
        this.dueOn = Objects.requireNonNull(newDueOn, "newDueOn");
        this.renewals++;
    }

    /** 返却: closes the loan. Where the item goes next is decided by the caller (the holds context). */
    void close(long atBranchId, Instant now, String staff) {
        if (returnedAt != null) {
            throw new IllegalStateException("the loan is already closed");
        }
        this.returnBranchId = atBranchId;
        this.returnedAt = Objects.requireNonNull(now, "now");
        this.returnedBy = Objects.requireNonNull(staff, "staff");
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public long patronId() {
        return patronId;
    }

    public long branchId() {
        return branchId;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public int renewals() {
        return renewals;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public boolean returned() {
        return returnedAt != null;
    }
}
