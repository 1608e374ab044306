package jp.shiori.branch.internal;

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
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day a branch is closed (休館日). Due dates and pickup deadlines that fall on one move to the
 * branch's next open day; the circulation and holds contexts read this calendar.
 */
@Entity
@NamedQuery(
        name = ClosedDay.OF_BRANCHES,
        query = "select c.branch.id, c.closedOn from ClosedDay c"
                + " where c.branch.id in :branches and c.closedOn >= :from and c.closedOn <= :to")
@Table(name = "branch_closed_day", uniqueConstraints = @UniqueConstraint(columnNames = {"branch_id", "closed_on"}))
public class ClosedDay {

    static final String OF_BRANCHES = "ClosedDay.ofBranches";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    @Column(name = "closed_on", nullable = false)
    private LocalDate closedOn;

    @Column(name = "reason_ja")
    private String reasonJa;

    protected ClosedDay() {
        // for JPA
    }

    public ClosedDay(Branch branch, LocalDate closedOn, String reasonJa) {
        this.branch = Objects.requireNonNull(branch, "branch");
        this.closedOn = Objects.requireNonNull(closedOn, "closedOn");
        this.reasonJa = reasonJa;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
