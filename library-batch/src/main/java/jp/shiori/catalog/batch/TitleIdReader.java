package jp.shiori.catalog.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import jp.shiori.catalog.CatalogIndexing;

/** Reads every title id in ascending order; the checkpoint is the last id read, so a restart resumes. */
@Named
@Dependent
public class TitleIdReader extends AbstractItemReader {

    private static final int PAGE = 1000;

    @Inject
    CatalogIndexing indexing;

    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(indexing.titleIdsAfter(lastId, PAGE));
            if (buffer.isEmpty()) {
                return null;
            }
        }
        lastId = buffer.poll();
        return lastId;
    }

    @Override
    public Serializable checkpointInfo() {
        // Ids still buffered were read but not written; resume after the last one handed out.
        return lastId;
    }
}
