package jp.shiori.catalog.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.catalog.MarcImports;

/** Closes the import when the job ends, completed or failed, and removes its staged file. */
@Named
@Dependent
public class MarcImportEnd extends AbstractJobListener {

    @Inject
    MarcImports imports;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String importId;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        boolean failed = status == BatchStatus.FAILED;
        if (status != BatchStatus.STOPPED) {
            imports.finish(Long.parseLong(importId), failed);
        }
    }
}
