package jp.shiori.catalog.internal.marc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counting the records of a MARC file cheaply, for an import's progress bar. */
public final class MarcFiles {

    private static final byte RECORD_TERMINATOR = 0x1D;
    private static final Pattern XML_RECORD = Pattern.compile("<(?:[A-Za-z0-9_-]+:)?record[\\s>]");

    private MarcFiles() {}

    /** Records in an ISO 2709 file (its record terminators) or a MARCXML file (its record elements). */
    public static int countRecords(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(64);
            int first;
            do {
                first = in.read();
            } while (first == ' '
                    || first == '\n'
                    || first == '\r'
                    || first == '\t'
                    || first == 0xEF
                    || first == 0xBB
                    || first == 0xBF);
            in.reset();
            return first == '<' ? countXml(in) : countTerminators(in);
        }
    }

    private static int countTerminators(InputStream in) throws IOException {
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == RECORD_TERMINATOR) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int countXml(InputStream in) throws IOException {
        // Element names are ASCII, so reading bytes as ISO-8859-1 finds them in any encoding of the file.
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        String carry = "";
        for (int n; (n = in.read(buffer)) > 0; ) {
            String text = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            Matcher m = XML_RECORD.matcher(text);
            int lastEnd = 0;
            while (m.find()) {
                count++;
                lastEnd = m.end();
            }
            int keep = Math.max(lastEnd, text.length() - 64);
            carry = text.substring(keep);
        }
        return count;
    }
}
