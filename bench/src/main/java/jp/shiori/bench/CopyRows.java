package jp.shiori.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into one table with {@code COPY ... FROM STDIN} (text format) through the driver's
 * {@link CopyManager}: fields tab-separated, {@code \N} for null, backslash escapes for tab, newline and
 * backslash itself.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private boolean rowStarted;
    private long rows;

    CopyRows(CopyManager copyManager, String table, String columns) throws SQLException {
        this.copy = copyManager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    CopyRows text(String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
        } else {
            escape(buffer, value);
        }
        return this;
    }

    CopyRows number(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    CopyRows bool(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    CopyRows value(Object value) {
        return text(value == null ? null : value.toString());
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    /** Sends what is left and ends the COPY; returns the rows the server took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private void separate() {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
