package jp.shiori.catalog.internal.marc;

import java.io.Closeable;
import java.io.IOException;
import org.marc4j.marc.Record;

/** The records of one MARC file, in one of its serialisations. */
interface MarcRecords extends Closeable {

    /**
     * @return the next record, or null after the last one
     * @throws UnusableRecordException when the next record is malformed; the following call goes on after it
     * @throws IOException             when the stream itself cannot be read
     */
    Record next() throws IOException, UnusableRecordException;
}
