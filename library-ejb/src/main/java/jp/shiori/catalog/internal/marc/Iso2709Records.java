package jp.shiori.catalog.internal.marc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.marc.Record;

/**
 * ISO 2709 records, each decoded by marc4j's permissive reader. Leader/09 blank means MARC-8, {@code a}
 * means UTF-8; both come out as Unicode.
 *
 * <p>We cut the stream at record terminators ourselves and hand marc4j one record at a time: a record whose
 * length or directory is corrupt then spoils only itself, and the next record starts where it should.
 */
final class Iso2709Records implements MarcRecords {

    private static final int RECORD_TERMINATOR = 0x1D;
    private static final int LEADER_LENGTH = 24;

    private final InputStream in;
    // A record found after bytes that were skipped; it is returned by the next call.
    private byte[] pending;

    Iso2709Records(InputStream in) {
        this.in = in;
    }

    @Override
    public Record next() throws IOException, UnusableRecordException {
        byte[] chunk = pending != null ? pending : nextTerminatedChunk();
        pending = null;
        if (chunk == null) {
            return null;
        }
        boolean opensWithLeader = startsWithRecordLength(chunk, 0);
        if (opensWithLeader && recordLength(chunk, 0) == chunk.length) {
            return decode(chunk);
        }
        // A record that lost its terminator (or stray bytes) runs on into the next record: find where it starts.
        int next = nextLeader(chunk);
        if (next > 0) {
            pending = Arrays.copyOfRange(chunk, next, chunk.length);
            throw new UnusableRecordException(
                    null,
                    opensWithLeader
                            ? "a record cut short (%d bytes without a record terminator) before the next record"
                                    .formatted(next)
                            : "%d bytes that are not MARC data before the next record".formatted(next));
        }
        if (opensWithLeader) {
            return decode(chunk); // only its stated length is wrong, which the permissive reader repairs
        }
        throw new UnusableRecordException(null, "%d bytes that are not a MARC record".formatted(chunk.length));
    }

    private static Record decode(byte[] bytes) throws UnusableRecordException {
        // "MARC8" is what the reader assumes when leader/09 is blank; it still honours 'a' as UTF-8.
        var reader = new MarcPermissiveStreamReader(new ByteArrayInputStream(bytes), true, true, "MARC8");
        try {
            return reader.next();
        } catch (RuntimeException e) {
            // marc4j reports a broken structure with MarcException, and sometimes with whatever its parsing hit.
            throw new UnusableRecordException(
                    "broken record structure (leader, directory or field lengths): " + e.getMessage(), e);
        }
    }

    /** Bytes up to and including the next record terminator, or up to the end; null when nothing is left. */
    private byte[] nextTerminatedChunk() throws IOException {
        var chunk = new ByteArrayOutputStream();
        int b = in.read();
        while (b != -1 && Character.isWhitespace(b)) {
            b = in.read(); // line breaks some tools write between records
        }
        while (b != -1) {
            chunk.write(b);
            if (b == RECORD_TERMINATOR) {
                break;
            }
            b = in.read();
        }
        return chunk.size() == 0 ? null : chunk.toByteArray();
    }

    /** The first leader after the start whose record length reaches exactly to the end of the chunk, else -1. */
    private static int nextLeader(byte[] chunk) {
        for (int start = 1; start + LEADER_LENGTH < chunk.length; start++) {
            if (startsWithRecordLength(chunk, start) && recordLength(chunk, start) == chunk.length - start) {
                return start;
            }
        }
        return -1;
    }

    private static int recordLength(byte[] chunk, int start) {
        return Integer.parseInt(new String(chunk, start, 5, StandardCharsets.US_ASCII));
    }

    private static boolean startsWithRecordLength(byte[] chunk, int start) {
        if (chunk.length - start < LEADER_LENGTH) {
            return false;
        }
        for (int i = start; i < start + 5; i++) {
            if (chunk[i] < '0' || chunk[i] > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
