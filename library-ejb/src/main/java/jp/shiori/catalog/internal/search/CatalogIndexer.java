package jp.shiori.catalog.internal.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.shiori.catalog.CatalogIndexing;
import jp.shiori.catalog.TitlesChanged;
import jp.shiori.catalog.internal.CatalogReads;
import jp.shiori.catalog.internal.Title;
import jp.shiori.common.LibraryClock;

/**
 * Keeps the index a faithful copy of the catalog tables: after every committed change it re-reads the
 * titles concerned; at start-up it recognises an index that belongs to another database and empties
 * it; the reindex batch job rebuilds it through {@link CatalogIndexing}.
 */
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

    /** Indexes what a committed transaction changed. Runs after the commit, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) TitlesChanged change) {
        reindex(List.copyOf(change.titleIds()));
        index.commit();
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
