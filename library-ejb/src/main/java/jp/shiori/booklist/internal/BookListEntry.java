package jp.shiori.booklist.internal;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import jp.shiori.booklist.BookListRules;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.booklist.EntryView;

/**
 * One entry of a book list: a loan (one entry however often renewed), or a title marked from the OPAC. The title's
 * words are copied when the entry is made; the loan and the title are other contexts' and are referenced by id.
 */
@Entity
@Table(name = "booklist_entry")
@NamedQuery(name = BookListEntry.OF_LOAN, query = "select e from BookListEntry e where e.loanId = :loan")
@NamedQuery(
        name = BookListEntry.OF_TITLE,
        query = "select e from BookListEntry e where e.patronId = :patron and e.titleId = :title"
                + " order by e.entryAt desc, e.id desc")
@NamedQuery(
        name = BookListEntry.STATUSES,
        query = "select e.titleId, e.status from BookListEntry e where e.patronId = :patron and e.titleId in :titles"
                + " order by e.entryAt, e.id")
@NamedQuery(
        name = BookListEntry.ALL_OF_PATRON,
        query = "select e from BookListEntry e left join fetch e.category where e.patronId = :patron"
                + " order by e.entryAt desc, e.id desc")
@NamedQuery(
        name = BookListEntry.SPAN,
        query = "select min(e.entryAt), max(e.entryAt) from BookListEntry e where e.patronId = :patron")
@NamedQuery(
        name = BookListEntry.COUNT_BY_CATEGORY,
        query = "select e.category.id, count(e) from BookListEntry e where e.patronId = :patron"
                + " and e.category is not null group by e.category.id")
@NamedQuery(
        name = BookListEntry.UNCATEGORISE,
        query = "update BookListEntry e set e.category = null where e.category = :category")
@NamedQuery(name = BookListEntry.DELETE_OF_PATRON, query = "delete from BookListEntry e where e.patronId = :patron")
public class BookListEntry {

    static final String OF_LOAN = "BookListEntry.ofLoan";
    static final String OF_TITLE = "BookListEntry.ofTitle";
    static final String STATUSES = "BookListEntry.statuses";
    static final String ALL_OF_PATRON = "BookListEntry.allOfPatron";
    static final String SPAN = "BookListEntry.span";
    static final String COUNT_BY_CATEGORY = "BookListEntry.countByCategory";
    static final String UNCATEGORISE = "BookListEntry.uncategorise";
    static final String DELETE_OF_PATRON = "BookListEntry.deleteOfPatron";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    @Column(name = "loan_id")
    private Long loanId;

    @Column(name = "title_id")
    private Long titleId;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "title_reading", length = 1000)
    private String titleReading;

    @Column(length = 1000)
    private String author;

    @Column(length = 32)
    private String isbn;

    @Column(name = "borrowed_at")
    private OffsetDateTime borrowedAt;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    @Column(name = "entry_at", nullable = false)
    private OffsetDateTime entryAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryStatus status = EntryStatus.NONE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private BookListCategory category;

    @Column(length = 1600)
    private String memo;

    @Column
    private Integer rating;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    @Version
    private long version;

    protected BookListEntry() {
        // for JPA
    }

    /** The words of the title when the entry is made. */
    record TitleWords(long titleId, String title, String reading, String author, String isbn) {
        TitleWords {
            Objects.requireNonNull(title, "title");
        }
    }

    /** 〔読了〕〔読みたい本〕〔ブックリストに登録〕: a title without a loan. */
    static BookListEntry marked(long patronId, TitleWords words, EntryStatus status, Instant now) {
        BookListEntry entry = new BookListEntry(patronId, words, now);
        entry.status = Objects.requireNonNull(status, "status");
        return entry;
    }

    /** 自動登録: a loan, from when it began. */
    static BookListEntry borrowed(long patronId, TitleWords words, long loanId, Instant borrowedAt, Instant now) {
        BookListEntry entry = new BookListEntry(patronId, words, now);
        entry.borrowed(loanId, borrowedAt);
        return entry;
    }

    private BookListEntry(long patronId, TitleWords words, Instant now) {
        this.patronId = patronId;
        this.titleId = words.titleId();
        this.title = words.title();
        this.titleReading = words.reading();
        this.author = words.author();
        this.isbn = words.isbn();
        this.addedAt = Instants.column(now);
        this.entryAt = this.addedAt;
    }

    /** The loan of a title that waited in the list (読みたい本) is recorded on that entry. */
    void borrowed(long loanId, Instant borrowedAt) {
        if (this.loanId != null) {
            throw new IllegalStateException("the entry records a loan already");
        }
        this.loanId = loanId;
        this.borrowedAt = Instants.column(Objects.requireNonNull(borrowedAt, "borrowedAt"));
        this.entryAt = this.borrowedAt;
    }

    void returned(Instant at) {
        this.returnedAt = Instants.column(at);
    }

    void mark(EntryStatus status) {
        if (status != EntryStatus.NONE) {
            this.status = status;
        }
    }

    /** The patron's words; the memo and rating must pass {@link BookListRules#entryProblem}. */
    void change(EntryStatus status, BookListCategory category, String memo, Integer rating) {
        if (BookListRules.entryProblem(memo, rating).isPresent()) {
            throw new IllegalArgumentException("memo or rating out of bounds");
        }
        this.status = Objects.requireNonNull(status, "status");
        this.category = category;
        this.memo = memo == null || memo.isBlank() ? null : memo;
        this.rating = rating;
    }

    Long id() {
        return id;
    }

    long patronId() {
        return patronId;
    }

    Long loanId() {
        return loanId;
    }

    Long titleId() {
        return titleId;
    }

    EntryStatus status() {
        return status;
    }

    Instant borrowedAt() {
        return Instants.of(borrowedAt);
    }

    Instant returnedAt() {
        return Instants.of(returnedAt);
    }

    String memo() {
        return memo;
    }

    EntryView view() {
        return new EntryView(
                id,
                titleId,
                title,
                titleReading,
                author,
                isbn,
                Instants.of(borrowedAt),
                Instants.of(returnedAt),
                status,
                category == null ? null : category.id(),
                category == null ? null : category.name(),
                memo,
                rating,
                Instants.of(addedAt));
    }
}
