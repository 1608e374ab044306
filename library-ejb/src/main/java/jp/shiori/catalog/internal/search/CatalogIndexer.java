package jp.shiori.catalog.internal.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.shiori.catalog.CatalogIndexing;
import jp.shiori.catalog.internal.CatalogReads;
import jp.shiori.catalog.internal.Title;
import jp.shiori.common.LibraryClock;

/**
 * Keeps the index a faithful copy of the catalog tables: it re-reads the titles named in the change log
 * ({@link CatalogChangeLog}, drained by {@link CatalogChangeFollower}); at start-up it recognises an index that belongs to another database and empties
 * it; the reindex batch job rebuilds it through {@link CatalogIndexing}.
 */
@ValidateOnExecution
@Singleton
@LocalBean
@Local(CatalogIndexing.class)
@Startup
@DependsOn("CatalogIndex")
public class CatalogIndexer implements CatalogIndexing {

    private static final Logger LOG = Logger.getLogger(CatalogIndexer.class.getName());

    @Inject
    private LibraryClock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogIndex index;

    @EJB
    private CatalogReads reads;

    @PostConstruct
    void checkIndexBelongsToThisDatabase() {
        String installation = em.createNamedQuery(Installation.ALL, Installation.class)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Installation created = new Installation(clock.now());
                    em.persist(created);
                    return created;
                })
                .id();
        if (!installation.equals(index.installation())) {
            LOG.info("The catalog index was built from another database or by an older version; emptying it");
            index.reset(installation);
        }
    }

    /**
     * Indexes the titles of the oldest {@code max} rows of the change log, commits the index, then deletes those
     * rows: a failure before the index commit leaves them for the next round; re-indexing a title twice is harmless.
     * Two instances draining at once only index some titles twice. Returns how many rows it took.
     */
    public int followChangeLog(int max) {
        List<CatalogChange> logged = em.createNamedQuery(CatalogChange.OLDEST, CatalogChange.class)
                .setMaxResults(max)
                .getResultList();
        if (logged.isEmpty()) {
            return 0;
        }
        reindex(logged.stream().map(CatalogChange::titleId).distinct().toList());
        index.commit();
        em.createNamedQuery(CatalogChange.DELETE)
                .setParameter("ids", logged.stream().map(CatalogChange::id).toList())
                .executeUpdate();
        return logged.size();
    }

    /** How many logged changes the index has not taken yet (0 once it has caught up). */
    public long changesBehind() {
        return em.createNamedQuery(CatalogChange.COUNT, Long.class).getSingleResult();
    }

    @Override
    public boolean rebuildNeeded() {
        return index.size() != titleCount();
    }

    @Override
    public long titleCount() {
        return reads.titleCount();
    }

    @Override
    public List<Long> titleIdsAfter(long afterId, int limit) {
        return reads.titleIdsAfter(afterId, limit);
    }

    @Override
    public void reindex(List<Long> titleIds) {
        if (titleIds.isEmpty()) {
            return;
        }
        List<Title> titles = reads.titlesWithRecords(titleIds);
        Map<Long, List<IndexEntry.Copy>> copies = reads.copiesOf(titleIds);
        List<IndexEntry> entries = new ArrayList<>(titles.size());
        for (Title t : titles) {
            entries.add(new IndexEntry(
                    t.id(),
                    t.title(),
                    t.titleReading(),
                    t.contributors(),
                    t.publisher(),
                    t.publicationYear(),
                    t.isbns(),
                    t.ndc(),
                    t.materialType(),
                    t.language(),
                    t.seriesTitle(),
                    t.summary(),
                    t.subjects(),
                    copies.getOrDefault(t.id(), List.of()),
                    t.firstCopyAt()));
        }
        index.put(entries);
        Set<Long> gone = new HashSet<>(titleIds);
        gone.removeAll(titles.stream().map(Title::id).collect(Collectors.toSet()));
        if (!gone.isEmpty()) {
            index.remove(gone);
        }
        index.refresh();
    }

    @Override
    public void commit() {
        index.commit();
    }
}
