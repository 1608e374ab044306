package jp.shiori.holds.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.common.LibraryClock;
import jp.shiori.holds.HoldExpiry;

/**
 * Expires each hold in a transaction of its own (the service's); the chunk's transaction only carries the
 * checkpoint. A hold collected or cancelled since it was read is left alone.
 */
@Named
@Dependent
public class ExpiredHoldWriter extends AbstractItemWriter {

    static final String ACTOR = "job:hold-expiry";

    @Inject
    HoldExpiry expiry;

    @Inject
    LibraryClock clock;

    @Override
    public void writeItems(List<Object> holdIds) {
        for (Object id : holdIds) {
            expiry.expire((Long) id, clock.today(), ACTOR);
        }
    }
}
