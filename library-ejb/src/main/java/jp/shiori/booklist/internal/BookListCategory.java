package jp.shiori.booklist.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import jp.shiori.booklist.BookListRules;
import jp.shiori.booklist.CategoryView;

/** カテゴリ: a patron's own category of entries; the name is unique per patron in any case and width. */
@Entity
@Table(name = "booklist_category")
@NamedQuery(
        name = BookListCategory.OF_PATRON,
        query = "select c from BookListCategory c where c.patronId = :patron order by c.createdAt, c.id")
@NamedQuery(
        name = BookListCategory.COUNT_OF_PATRON,
        query = "select count(c) from BookListCategory c where c.patronId = :patron")
@NamedQuery(
        name = BookListCategory.BY_KEY,
        query = "select c from BookListCategory c where c.patronId = :patron and c.nameKey = :key")
@NamedQuery(
        name = BookListCategory.DELETE_OF_PATRON,
        query = "delete from BookListCategory c where c.patronId = :patron")
public class BookListCategory {

    static final String OF_PATRON = "BookListCategory.ofPatron";
    static final String COUNT_OF_PATRON = "BookListCategory.countOfPatron";
    static final String BY_KEY = "BookListCategory.byKey";
    static final String DELETE_OF_PATRON = "BookListCategory.deleteOfPatron";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "name_key", nullable = false, length = 240)
    private String nameKey;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected BookListCategory() {
        // for JPA
    }

    BookListCategory(long patronId, String name, Instant now) {
        this.patronId = patronId;
        this.createdAt = Instants.column(now);
        rename(name);
    }

    void rename(String name) {
        if (BookListRules.categoryNameProblem(name).isPresent()) {
            throw new IllegalArgumentException("not a valid category name");
        }
        this.name = name;
        this.nameKey = BookListRules.categoryKey(name);
    }

    Long id() {
        return id;
    }

    long patronId() {
        return patronId;
    }

    String name() {
        return name;
    }

    CategoryView view(long entries) {
        return new CategoryView(id, name, entries);
    }
}
