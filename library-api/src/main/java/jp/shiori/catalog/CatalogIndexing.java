package jp.shiori.catalog;

import java.util.List;

/** What the reindex batch job needs: the titles in id order, and a way to index a chunk of them. */
public interface CatalogIndexing {

    long titleCount();

    /** Whether the index lacks titles the database has (after a reset, a restore, a lost disk). */
    boolean rebuildNeeded();

    /** Up to {@code limit} title ids greater than {@code afterId}, ascending. */
    List<Long> titleIdsAfter(long afterId, int limit);

    /** Indexes (or re-indexes) these titles from the database; visible to searches at once. */
    void reindex(List<Long> titleIds);

    /** Makes the indexed titles durable. */
    void commit();
}
