package jp.shiori.catalog.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.catalog.MarcImports;
import jp.shiori.ops.JobProgress;

/** First step of marc-import: marks the import as running and announces how many records it has. */
@Named
@Dependent
public class MarcImportStart extends AbstractBatchlet {

    @Inject
    MarcImports imports;

    @Inject
    @BatchProperty
    String importId;

    @Override
    public String process() {
        long id = Long.parseLong(importId);
        imports.started(id);
        return JobProgress.total(imports.report(id).orElseThrow().recordTotal());
    }
}
