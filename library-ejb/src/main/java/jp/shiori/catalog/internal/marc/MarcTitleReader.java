package jp.shiori.catalog.internal.marc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import jp.shiori.catalog.TitleDraft;
import org.marc4j.marc.Record;

/**
 * Reads a MARC file record by record into title drafts. The format is told from the content: MARCXML when
 * the first non-blank byte is {@code <}, ISO 2709 otherwise.
 *
 * <pre>
 * try (var reader = new MarcTitleReader(Files.newInputStream(file))) {
 *     for (var result = reader.next(); result.isPresent(); result = reader.next()) { ... }
 * }
 * </pre>
 *
 * A malformed record, or one without a title, comes back as {@link MarcReadResult.Skipped} and reading goes
 * on with the next. Only a stream that cannot be read throws. Closing the reader closes the stream.
 */
public final class MarcTitleReader implements AutoCloseable {

    private static final int LOOK_AHEAD = 1024;

    private final MarcRecords records;
    private final MarcTitleMapper mapper = new MarcTitleMapper();
    private int recordNumber;

    public MarcTitleReader(InputStream in) throws IOException {
        var buffered = new BufferedInputStream(in);
        this.records = startsWithMarkup(buffered) ? new MarcXmlRecords(buffered) : new Iso2709Records(buffered);
    }

    /** @return the next record's result, or empty after the last record */
    public Optional<MarcReadResult> next() throws IOException {
        try {
            Record record = records.next();
            if (record == null) {
                return Optional.empty();
            }
            TitleDraft draft = mapper.toDraft(record); // before counting: a refusal is counted as the skip
            return Optional.of(new MarcReadResult.Read(++recordNumber, draft));
        } catch (UnusableRecordException e) {
            return Optional.of(new MarcReadResult.Skipped(++recordNumber, e.controlNumber(), e.reason()));
        }
    }

    private static boolean startsWithMarkup(BufferedInputStream in) throws IOException {
        in.mark(LOOK_AHEAD);
        try {
            byte[] head = in.readNBytes(LOOK_AHEAD);
            int i = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF
                    ? 3 // UTF-8 byte order mark
                    : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '<';
        } finally {
            in.reset();
        }
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
