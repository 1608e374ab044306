package jp.shiori.catalog.internal.search;

import static jp.shiori.catalog.internal.search.CatalogFields.*;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.shiori.catalog.FacetCount;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchSort;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of the catalog on local disk, outside the EAR: {@code LIBRARY_INDEX_DIR}, else
 * {@code shiori-index} in the Payara instance directory. One writer, near-real-time searchers. It is a
 * copy of the database: {@link CatalogIndexer} keeps it current and can rebuild it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogIndex {

    private static final Logger LOG = Logger.getLogger(CatalogIndex.class.getName());
    private static final String INSTALLATION_KEY = "shiori.installation";
    private static final String FORMAT_KEY = "shiori.index.format";
    /**
     * What the documents hold; an index of another format is emptied at start-up like one of another
     * database, and the reindex job rebuilds it. 2: kanji folding, exact-match keys, romaji, popularity.
     */
    static final String FORMAT = "2";

    private static final int MAX_FACET_VALUES = 20;

    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private final CatalogQueries queries = new CatalogQueries(CatalogAnalyzers.forQuery());
    /** Facet ordinals of the current reader; rebuilding them per search would cost more than the search. */
    private volatile SortedSetDocValuesReaderState facetState;

    @PostConstruct
    void open() {
        try {
            Path path = location();
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(CatalogAnalyzers.forIndex())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
            LOG.info(() -> "Catalog index at " + path + " with " + writer.getDocStats().numDocs + " titles");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the catalog index", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning("Closing the catalog index: " + e);
        }
    }

    private static Path location() {
        String configured = System.getenv("LIBRARY_INDEX_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("shiori.index.dir");
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String instance = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
        return Path.of(instance, "shiori-index");
    }

    /**
     * The database this index was built from, as recorded at its last commit; null when its documents are
     * of another {@link #FORMAT} (built by an older version), which is as good as another database's.
     */
    public String installation() {
        Map<String, String> data = new LinkedHashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return FORMAT.equals(data.get(FORMAT_KEY)) ? data.get(INSTALLATION_KEY) : null;
    }

    public long size() {
        return writer.getDocStats().numDocs;
    }

    /** Forgets everything; the index then belongs to {@code installation} and waits for documents. */
    public void reset(String installation) {
        try {
            writer.deleteAll();
            writer.setLiveCommitData(
                    Map.of(INSTALLATION_KEY, installation, FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void put(Collection<IndexEntry> entries) {
        try {
            for (IndexEntry e : entries) {
                writer.updateDocument(new Term(ID, Long.toString(e.id())), TitleDocuments.build(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(Collection<Long> ids) {
        try {
            writer.deleteDocuments(
                    ids.stream().map(id -> new Term(ID, Long.toString(id))).toArray(Term[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes changes durable and visible to the next search. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes changes visible without the cost of a durable commit (bulk loads commit at the end). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IndexPage search(SearchRequest request) {
        Query query = queries.build(request);
        int wanted = request.page() * request.size();
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            Sort sort = sort(request.sort());
            var topCollector = sort == null
                    ? new TopScoreDocCollectorManager(wanted, null, 1000)
                    : new TopFieldCollectorManager(sort, wanted, null, 1000);
            Object[] results =
                    searcher.search(query, new MultiCollectorManager(topCollector, new FacetsCollectorManager()));
            TopDocs top = (TopDocs) results[0];
            FacetsCollector facetsCollector = (FacetsCollector) results[1];
            List<IndexHit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            var stored = searcher.storedFields();
            for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
                hits.add(hit(stored.document(docs[i].doc)));
            }
            long total = top.totalHits.value;
            return new IndexPage(total, hits, facets(facetState(searcher), facetsCollector, total));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    LOG.warning("Releasing a searcher: " + e);
                }
            }
        }
    }

    /**
     * 新着: the titles whose first copy arrived in [{@code from}, {@code to}) (millisecond precision) and that
     * match the request, newest first, leaving out {@code excluded}; the request's page and size apply, and
     * the total counts every match. No facets.
     */
    public IndexPage newArrivals(SearchRequest request, Instant from, Instant to, Collection<Long> excluded) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(queries.build(request), Occur.MUST);
        q.add(LongPoint.newRangeQuery(FIRST_COPY_AT, from.toEpochMilli(), to.toEpochMilli() - 1), Occur.FILTER);
        if (!excluded.isEmpty()) {
            q.add(
                    new TermInSetQuery(
                            ID,
                            excluded.stream()
                                    .map(id -> new BytesRef(Long.toString(id)))
                                    .toList()),
                    Occur.MUST_NOT);
        }
        Sort newestFirst = new Sort(new SortField(FIRST_COPY_AT, SortField.Type.LONG, true));
        int wanted = request.page() * request.size();
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            TopDocs top = searcher.search(
                    q.build(), new TopFieldCollectorManager(newestFirst, wanted, null, Integer.MAX_VALUE));
            List<IndexHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (int i = (request.page() - 1) * request.size(); i < top.scoreDocs.length; i++) {
                hits.add(hit(stored.document(top.scoreDocs[i].doc)));
            }
            return new IndexPage(top.totalHits.value, hits, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    LOG.warning("Releasing a searcher: " + e);
                }
            }
        }
    }

    private static Sort sort(SearchSort sort) {
        return switch (sort) {
            // Equal scores (the same title held in several editions, say) by copies held, then by reading
            // and id: never in the order the titles happened to be indexed.
            case RELEVANCE ->
                new Sort(
                        SortField.FIELD_SCORE,
                        new SortField(POPULARITY, SortField.Type.LONG, true),
                        new SortField(SORT_READING, SortField.Type.STRING),
                        new SortField(ID_SORT, SortField.Type.LONG));
            case NEWEST -> {
                SortField year = new SortedNumericSortField(YEAR, SortField.Type.INT, true);
                year.setMissingValue(Integer.MIN_VALUE);
                yield new Sort(year, SortField.FIELD_SCORE);
            }
            case TITLE -> new Sort(new SortField(SORT_READING, SortField.Type.STRING), SortField.FIELD_SCORE);
        };
    }

    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state == null || state.getReader() != searcher.getIndexReader()) {
            try {
                state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), TitleDocuments.FACETS);
            } catch (IllegalArgumentException noFacetsYet) {
                return null;
            }
            facetState = state;
        }
        return state;
    }

    private static Map<String, List<FacetCount>> facets(
            SortedSetDocValuesReaderState state, FacetsCollector collector, long total) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (total == 0 || state == null) {
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : List.of(MATERIAL_TYPE, BRANCH, AVAILABILITY, NDC_CLASS, YEAR_FACET, LANGUAGE)) {
            FacetResult result;
            try {
                result = counts.getTopChildren(MAX_FACET_VALUES, dim);
            } catch (IllegalArgumentException dimensionNotIndexedYet) {
                continue;
            }
            if (result != null) {
                facets.put(
                        dim,
                        Arrays.stream(result.labelValues)
                                .map((LabelAndValue lv) -> new FacetCount(lv.label, lv.value.longValue()))
                                .toList());
            }
        }
        return facets;
    }

    private static IndexHit hit(Document d) {
        String authors = d.get(STORED_AUTHORS);
        var year = d.getField(STORED_YEAR);
        var arrived = d.getField(STORED_FIRST_COPY_AT);
        return new IndexHit(
                Long.parseLong(d.get(ID)),
                d.get(STORED_TITLE),
                d.get(STORED_READING),
                authors == null || authors.isEmpty() ? List.of() : List.of(authors.split("\n")),
                d.get(STORED_PUBLISHER),
                year == null ? null : year.numericValue().intValue(),
                MaterialType.valueOf(d.get(STORED_TYPE)),
                d.get(STORED_NDC),
                arrived == null
                        ? null
                        : Instant.ofEpochMilli(arrived.numericValue().longValue()));
    }

    /** Number of titles currently searchable (for the reindex progress and health). */
    public int searchableCount() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
