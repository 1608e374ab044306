package jp.shiori.catalog.internal;

import static jp.shiori.catalog.internal.ContributorEntry.truncate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.Ndc;
import jp.shiori.catalog.TitleDraft;

/** 書誌: a title record. Its copies are {@link Item}s. */
@Entity
@Table(name = "title")
@NamedQuery(name = Title.BY_SOURCE, query = "select t from Title t where t.source = :source and t.sourceId = :sourceId")
@NamedQuery(name = Title.IDS_AFTER, query = "select t.id from Title t where t.id > :after order by t.id")
@NamedQuery(name = Title.BY_IDS, query = "select t from Title t where t.id in :ids")
@NamedQuery(name = Title.NAMES, query = "select t.id, t.title from Title t where t.id in :ids")
public class Title {

    static final String BY_SOURCE = "Title.bySource";
    static final String IDS_AFTER = "Title.idsAfter";
    static final String BY_IDS = "Title.byIds";
    static final String NAMES = "Title.names";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String source;

    @Column(name = "source_id", length = 64)
    private String sourceId;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "title_reading", length = 1000)
    private String titleReading;

    @Column(length = 500)
    private String publisher;

    @Column(name = "publication_year")
    private Integer publicationYear;

    @Column(length = 32)
    private String ndc;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_type", nullable = false, length = 16)
    private MaterialType materialType;

    @Column(length = 3)
    private String language;

    @Column(name = "series_title", length = 1000)
    private String seriesTitle;

    @Column(length = 200)
    private String volume;

    @Column(length = 4000)
    private String summary;

    @ElementCollection
    @CollectionTable(name = "title_contributor", joinColumns = @JoinColumn(name = "title_id"))
    @OrderColumn(name = "position")
    private List<ContributorEntry> contributors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "title_isbn", joinColumns = @JoinColumn(name = "title_id"))
    @Column(name = "isbn13", length = 13, nullable = false)
    private Set<String> isbns = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "title_subject", joinColumns = @JoinColumn(name = "title_id"))
    @OrderColumn(name = "position")
    @Column(name = "heading", length = 500, nullable = false)
    private List<String> subjects = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the title first had a copy: the moment it arrived (新着). A re-import keeps it. */
    @Column(name = "first_copy_at")
    private Instant firstCopyAt;

    @Version
    private long version;

    protected Title() {
        // for JPA
    }

    public Title(TitleDraft draft, Instant now) {
        this.source = draft.source() == null ? "LOCAL" : truncate(draft.source(), 32);
        this.sourceId = truncate(draft.sourceId(), 64);
        this.createdAt = now;
        revise(draft, now);
    }

    /** Takes over everything a newer version of the record says (re-import replaces, it does not merge). */
    public final void revise(TitleDraft draft, Instant now) {
        if (draft.title().isBlank()) {
            throw new IllegalArgumentException("a title record needs a title");
        }
        this.title = truncate(draft.title().strip(), 1000);
        this.titleReading = truncate(draft.titleReading(), 1000);
        this.publisher = truncate(draft.publisher(), 500);
        this.publicationYear = draft.publicationYear();
        this.ndc = draft.ndc() == null ? null : truncate(Ndc.normalize(draft.ndc()), 32);
        this.materialType = draft.materialType();
        this.language = draft.language() != null && draft.language().length() == 3 ? draft.language() : null;
        this.seriesTitle = truncate(draft.seriesTitle(), 1000);
        this.volume = truncate(draft.volume(), 200);
        this.summary = truncate(draft.summary(), 4000);
        this.contributors.clear();
        draft.contributors().stream().map(ContributorEntry::new).forEach(contributors::add);
        this.isbns.clear();
        draft.isbns().stream().map(Isbn::isbn13).forEach(isbns::add);
        this.subjects.clear();
        draft.subjects().stream().map(s -> truncate(s, 500)).distinct().forEach(subjects::add);
        this.updatedAt = now;
    }

    /** A copy was added: the first one makes the title a new arrival; later ones change nothing. */
    public void copyAdded(Instant now) {
        if (firstCopyAt == null) {
            firstCopyAt = now;
        }
    }

    public Instant firstCopyAt() {
        return firstCopyAt;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String titleReading() {
        return titleReading;
    }

    public String publisher() {
        return publisher;
    }

    public Integer publicationYear() {
        return publicationYear;
    }

    public String ndc() {
        return ndc;
    }

    public MaterialType materialType() {
        return materialType;
    }

    public String language() {
        return language;
    }

    public String seriesTitle() {
        return seriesTitle;
    }

    public String volume() {
        return volume;
    }

    public String summary() {
        return summary;
    }

    public List<Contributor> contributors() {
        return contributors.stream().map(ContributorEntry::toContributor).toList();
    }

    public List<String> isbns() {
        return List.copyOf(isbns);
    }

    public List<String> subjects() {
        return List.copyOf(subjects);
    }
}
