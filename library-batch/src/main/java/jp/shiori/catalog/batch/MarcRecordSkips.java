package jp.shiori.catalog.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.RetryWriteListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import jp.shiori.catalog.MarcImports;

/**
 * Records every skipped record of an import with its reason (in the chunk's transaction: the import's problem
 * list on the screen and in REST); the step's skip count is in the job history. Logs the chunks retried after a
 * conflict with a concurrent import.
 */
@Named
@Dependent
public class MarcRecordSkips implements SkipProcessListener, RetryWriteListener {

    private static final Logger LOG = Logger.getLogger(MarcRecordSkips.class.getName());

    @Inject
    MarcImports imports;

    @Inject
    @BatchProperty
    String importId;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        UnstorableRecordException unstorable = (UnstorableRecordException) ex;
        imports.skip(Long.parseLong(importId), unstorable.record(), unstorable.getMessage());
    }

    @Override
    public void onRetryWriteException(List<Object> items, Exception ex) {
        LOG.info(() -> "Import " + importId + ": " + items.size() + " records are retried one by one after " + ex);
    }
}
