package jp.shiori.catalog.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.shiori.catalog.ImportRecord;
import jp.shiori.catalog.MarcImports;

/**
 * Lets through the records the catalog can store; any other is refused with a skippable exception, before the
 * writer, so that one bad record never rolls back a chunk of good ones.
 */
@Named
@Dependent
public class MarcRecordCheck implements ItemProcessor {

    @Inject
    MarcImports imports;

    @Override
    public Object processItem(Object item) throws UnstorableRecordException {
        ImportRecord record = (ImportRecord) item;
        Optional<String> refusal = imports.refusal(record);
        if (refusal.isPresent()) {
            throw new UnstorableRecordException(record, refusal.get());
        }
        return record;
    }
}
