package jp.shiori.catalog.internal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the catalog's change log: a title (or one of its copies) changed in the transaction that wrote
 * this row. The index drains the log; a row is deleted only after the index has committed the title.
 */
@Entity
@Table(name = "catalog_change")
@NamedQuery(name = CatalogChange.OLDEST, query = "select c from CatalogChange c order by c.id")
@NamedQuery(name = CatalogChange.DELETE, query = "delete from CatalogChange c where c.id in :ids")
@NamedQuery(name = CatalogChange.COUNT, query = "select count(c) from CatalogChange c")
public class CatalogChange {

    static final String OLDEST = "CatalogChange.oldest";
    static final String DELETE = "CatalogChange.delete";
    static final String COUNT = "CatalogChange.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_id", nullable = false)
    private long titleId;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected CatalogChange() {
        // for JPA
    }

    CatalogChange(long titleId, Instant loggedAt) {
        this.titleId = titleId;
        this.loggedAt = loggedAt;
    }

    Long id() {
        return id;
    }

    long titleId() {
        return titleId;
    }
}
