package jp.shiori.catalog;

import java.io.IOException;
import java.util.Optional;

/** The records of a staged MARC file, one at a time; a bad record comes as a skipped ImportRecord. */
public interface MarcRecordStream extends AutoCloseable {

    /** The next record, or empty at the end of the file. Only an unreadable file throws. */
    Optional<ImportRecord> next() throws IOException;

    @Override
    void close() throws IOException;
}
