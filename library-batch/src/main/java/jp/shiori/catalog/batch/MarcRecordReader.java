package jp.shiori.catalog.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.shiori.catalog.ImportRecord;
import jp.shiori.catalog.MarcImports;
import jp.shiori.catalog.MarcRecordStream;

/** Reads the staged file record by record; the checkpoint is the last record number, so a restart resumes. */
@Named
@Dependent
public class MarcRecordReader extends AbstractItemReader {

    @Inject
    MarcImports imports;

    @Inject
    @BatchProperty
    String importId;

    private MarcRecordStream records;
    private int lastRecord;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        records = imports.open(Long.parseLong(importId));
        lastRecord = 0; // reopened after a rolled-back chunk too: count from the file's start again
        int resumeAfter = checkpoint == null ? 0 : (Integer) checkpoint;
        while (lastRecord < resumeAfter
                && records.next().map(r -> lastRecord = r.recordNumber()).isPresent()) {
            // skip what an earlier run of this job already stored
        }
    }

    @Override
    public Object readItem() throws Exception {
        ImportRecord record = records.next().orElse(null);
        if (record != null) {
            lastRecord = record.recordNumber();
        }
        return record;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRecord;
    }

    @Override
    public void close() throws Exception {
        if (records != null) {
            records.close();
        }
    }
}
