package jp.shiori.catalog.internal.marc;

import static jp.shiori.catalog.internal.marc.Marc21Files.NDL_ISO2709;
import static jp.shiori.catalog.internal.marc.Marc21Files.drafts;
import static jp.shiori.catalog.internal.marc.Marc21Files.iso2709Records;
import static jp.shiori.catalog.internal.marc.Marc21Files.readAll;
import static jp.shiori.catalog.internal.marc.Marc21Files.skipped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jp.shiori.catalog.TitleDraft;
import org.junit.jupiter.api.Test;

/**
 * A bad record is skipped with the reason and reading goes on with the next. The streams are the first
 * NDL records (001 029455884, 029611852, 029501619) with damage put between them.
 */
class MalformedRecordsTest {

    private static final List<byte[]> NDL = iso2709Records(NDL_ISO2709);
    private static final byte[] FIRST = NDL.get(0);
    private static final byte[] SECOND = NDL.get(1);
    private static final byte[] THIRD = NDL.get(2);

    @Test
    void garbageBetweenRecordsIsSkippedAndTheNextRecordIsRead() {
        List<MarcReadResult> results = readAll(concat(FIRST, ascii("this is not MARC\n"), SECOND));

        assertReadSkippedRead(results);
        assertEquals(
                "17 bytes that are not MARC data before the next record",
                skipped(results).get(0).reason());
    }

    @Test
    void aRecordWithABrokenDirectoryIsSkippedAndTheNextRecordIsRead() {
        byte[] broken = THIRD.clone();
        Arrays.fill(broken, 24, 36, (byte) 'X'); // the first directory entry, 001's

        List<MarcReadResult> results = readAll(concat(FIRST, broken, SECOND));

        assertReadSkippedRead(results);
        assertTrue(skipped(results).get(0).reason().startsWith("broken record structure"));
    }

    @Test
    void aRecordCutShortIsSkippedAndTheNextRecordIsRead() {
        // Without its terminator the cut record runs on into the next one; the next leader is found by its
        // record length, which reaches exactly to the next terminator.
        byte[] cut = Arrays.copyOf(THIRD, 300);

        List<MarcReadResult> results = readAll(concat(FIRST, cut, SECOND));

        assertReadSkippedRead(results);
        assertEquals(
                "a record cut short (300 bytes without a record terminator) before the next record",
                skipped(results).get(0).reason());
    }

    @Test
    void aRecordWhoseStatedLengthIsWrongIsRepairedFromItsTerminator() {
        // Not skipped: marc4j's permissive reader trusts the record terminator over leader/00-04, and the
        // record is otherwise whole, so all three are read.
        byte[] wrongLength = THIRD.clone();
        wrongLength[0] = '9';
        wrongLength[1] = '9';

        List<TitleDraft> drafts = drafts(readAll(concat(FIRST, wrongLength, SECOND)));

        assertEquals(
                List.of("029455884", "029501619", "029611852"),
                drafts.stream().map(TitleDraft::sourceId).toList());
        assertEquals("すぐ使えるMac&Office活用読本 : 電子書籍版コード付き. 2019年版", drafts.get(1).title());
    }

    @Test
    void aRecordWithoutTitleIsSkippedWithItsControlNumber() {
        List<MarcReadResult> results = readAll(concat(FIRST, retagged(THIRD, "245", "246"), SECOND));

        assertReadSkippedRead(results);
        MarcReadResult.Skipped noTitle = skipped(results).get(0);
        assertEquals(2, noTitle.recordNumber());
        assertEquals("029501619", noTitle.controlNumber());
        assertEquals("the record has no title (245 $a $b $n $p are missing)", noTitle.reason());
    }

    @Test
    void aRecordCutShortAtTheEndOfTheFileIsSkipped() {
        List<MarcReadResult> results = readAll(concat(FIRST, SECOND, Arrays.copyOf(THIRD, 300)));

        assertEquals(2, drafts(results).size());
        assertEquals(3, skipped(results).get(0).recordNumber());
    }

    @Test
    void aMarcXmlRecordWithABrokenLeaderIsSkippedAndTheNextIsRead() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <collection xmlns="http://www.loc.gov/MARC21/slim">
                  <record><leader>00000nam a2200000 i 4500</leader>
                    <controlfield tag="001">A1</controlfield>
                    <datafield tag="245" ind1="0" ind2="0"><subfield code="a">銀河鉄道の夜 /</subfield></datafield>
                  </record>
                  <record><leader>short</leader>
                    <controlfield tag="001">B2</controlfield>
                    <datafield tag="245" ind1="0" ind2="0"><subfield code="a">壊れた記録</subfield></datafield>
                  </record>
                  <record><leader>00000nam a2200000 i 4500</leader>
                    <controlfield tag="001">C3</controlfield>
                    <datafield tag="245" ind1="1" ind2="0"><subfield code="a">風の又三郎</subfield></datafield>
                  </record>
                </collection>
                """;

        List<MarcReadResult> results = readAll(xml.getBytes(StandardCharsets.UTF_8));

        assertReadSkippedRead(results);
        assertEquals(
                List.of("銀河鉄道の夜", "風の又三郎"),
                drafts(results).stream().map(TitleDraft::title).toList());
        assertEquals("B2", skipped(results).get(0).controlNumber());
        assertTrue(skipped(results).get(0).reason().startsWith("malformed MARCXML <leader>"));
    }

    @Test
    void aMarcXmlDocumentThatIsNotWellFormedIsAnUnreadableStream() throws IOException {
        byte[] xml = "<collection><record><leader>00000nam a2200000 i 4500</leader></collection>"
                .getBytes(StandardCharsets.UTF_8);

        try (var reader = new MarcTitleReader(new ByteArrayInputStream(xml))) {
            assertThrows(IOException.class, reader::next);
        }
    }

    @Test
    void anEmptyStreamHasNoRecords() {
        assertEquals(List.of(), readAll(new byte[0]));
        assertEquals(List.of(), readAll(ascii("\n\n")));
    }

    @Test
    void lineBreaksBetweenRecordsAreNotRecords() {
        List<MarcReadResult> results = readAll(concat(FIRST, ascii("\r\n"), SECOND, ascii("\n")));

        assertEquals(2, drafts(results).size());
        assertEquals(List.of(), skipped(results));
    }

    private static void assertReadSkippedRead(List<MarcReadResult> results) {
        assertEquals(3, results.size(), results::toString);
        assertTrue(results.get(0) instanceof MarcReadResult.Read, results::toString);
        assertTrue(results.get(1) instanceof MarcReadResult.Skipped, results::toString);
        assertTrue(results.get(2) instanceof MarcReadResult.Read, results::toString);
        assertEquals(
                List.of(1, 2, 3),
                results.stream().map(MarcReadResult::recordNumber).toList());
    }

    /** The record with one directory entry's tag changed, its structure otherwise intact. */
    private static byte[] retagged(byte[] record, String from, String to) {
        byte[] retagged = record.clone();
        int baseAddress = Integer.parseInt(new String(record, 12, 5, StandardCharsets.US_ASCII));
        for (int entry = 24; entry + 12 < baseAddress; entry += 12) {
            if (new String(record, entry, 3, StandardCharsets.US_ASCII).equals(from)) {
                System.arraycopy(to.getBytes(StandardCharsets.US_ASCII), 0, retagged, entry, 3);
                return retagged;
            }
        }
        throw new IllegalArgumentException("no " + from + " in the record");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        var bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }
}
