package jp.shiori.ops.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads ids in ascending order a page at a time; the checkpoint is the last id handed out, so a restarted
 * execution resumes after it and memory stays bounded however many ids there are.
 */
public abstract class IdPageReader extends AbstractItemReader {

    private final int pageSize;
    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;

    /** Pages of 500 ids. */
    protected IdPageReader() {
        this(500);
    }

    protected IdPageReader(int pageSize) {
        this.pageSize = pageSize;
    }

    /** The next ids after {@code afterId}, ascending, at most {@code max}. */
    protected abstract List<Long> page(long afterId, int max);

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(page(lastId, pageSize));
            if (buffer.isEmpty()) {
                return null;
            }
        }
        lastId = buffer.poll();
        return lastId;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
