package jp.shiori.holds.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.shiori.patron.PatronCategory;

/** A row of {@code hold_policy}: how many active holds patrons of a category may have, and
 * for how many open days a copy set aside waits for them. */
@Entity
@Table(name = "hold_policy")
@NamedQuery(
        name = HoldPolicyEntry.MATCHING,
        query = "select p from HoldPolicyEntry p"
                + " where p.patronCategory is null or p.patronCategory = :category order by p.priority")
public class HoldPolicyEntry {

    static final String MATCHING = "HoldPolicyEntry.matching";

    @Id
    private Long id;

    @Column(nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "patron_category", length = 16)
    private PatronCategory patronCategory;

    @Column(name = "max_holds", nullable = false)
    private int maxHolds;

    @Column(name = "pickup_open_days", nullable = false)
    private int pickupOpenDays;

    protected HoldPolicyEntry() {
        // for JPA
    }

    int maxHolds() {
        return maxHolds;
    }

    int pickupOpenDays() {
        return pickupOpenDays;
    }
}
