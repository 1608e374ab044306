package jp.shiori.alerts.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import jp.shiori.alerts.NewArrivalMailing;

/** Reads the ids of active alerts in ascending order, a page at a time; the checkpoint is the last id read. */
@Named
@Dependent
public class ActiveAlertReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    NewArrivalMailing mailing;

    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(mailing.activeAlertsAfter(lastId, PAGE));
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
