package jp.shiori.catalog.batch;

import jp.shiori.catalog.ImportRecord;

/**
 * A record of an import file that cannot be stored. Skippable in the marc-import job: the record is left out, its
 * reason recorded by {@link MarcRecordSkips}, and the import goes on.
 */
public class UnstorableRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImportRecord record;

    public UnstorableRecordException(ImportRecord record, String reason) {
        super(reason);
        this.record = record;
    }

    public ImportRecord record() {
        return record;
    }
}
