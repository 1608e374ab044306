package jp.shiori.catalog.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.catalog.ImportRecord;
import jp.shiori.catalog.MarcImports;

/** Stores a chunk of records in the chunk's transaction. */
@Named
@Dependent
public class MarcRecordWriter extends AbstractItemWriter {

    @Inject
    MarcImports imports;

    @Inject
    @BatchProperty
    String importId;

    @Override
    public void writeItems(List<Object> items) {
        imports.store(
                Long.parseLong(importId),
                items.stream().map(ImportRecord.class::cast).toList());
    }
}
