package jp.shiori.holds.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One title in a patron's hold basket (予約かご). The patron and the title are other aggregates and are referenced by
 * id; the database keeps a title once per basket.
 */
@Entity
@Table(name = "hold_basket_entry")
@NamedQuery(
        name = HoldBasketEntry.TITLES_OF_PATRON,
        query = "select e.titleId from HoldBasketEntry e where e.patronId = :patron order by e.addedAt, e.id")
@NamedQuery(
        name = HoldBasketEntry.COUNT_OF_PATRON,
        query = "select count(e) from HoldBasketEntry e where e.patronId = :patron")
@NamedQuery(
        name = HoldBasketEntry.REMOVE,
        query = "delete from HoldBasketEntry e where e.patronId = :patron and e.titleId in :titles")
@NamedQuery(name = HoldBasketEntry.CLEAR, query = "delete from HoldBasketEntry e where e.patronId = :patron")
public class HoldBasketEntry {

    static final String TITLES_OF_PATRON = "HoldBasketEntry.titlesOfPatron";
    static final String COUNT_OF_PATRON = "HoldBasketEntry.countOfPatron";
    static final String REMOVE = "HoldBasketEntry.remove";
    static final String CLEAR = "HoldBasketEntry.clear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    @Column(name = "title_id", nullable = false)
    private long titleId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected HoldBasketEntry() {
        // for JPA
    }

    HoldBasketEntry(long patronId, long titleId, Instant addedAt) {
        this.patronId = patronId;
        this.titleId = titleId;
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    public long patronId() {
        return patronId;
    }

    public long titleId() {
        return titleId;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
