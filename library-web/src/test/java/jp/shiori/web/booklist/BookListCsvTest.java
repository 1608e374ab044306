package jp.shiori.web.booklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.booklist.EntryView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class BookListCsvTest {

    private static final EntryView ENTRY = new EntryView(
            7,
            12L,
            "銀河鉄道の夜",
            "ギンガテツドウノヨル",
            "宮沢賢治",
            "9784101092058",
            Instant.parse("2026-11-30T16:00:00Z"),
            null,
            EntryStatus.READ,
            3L,
            "童話",
            "=HYPERLINK(\"x\")\n二行目, \"引用\"",
            5,
            Instant.parse("2026-11-30T16:00:00Z"));

    private static String csv(Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        BookListCsv.write(List.of(ENTRY), locale, out);
        return out.toString();
    }

    @Test
    void theExportStartsWithAByteOrderMarkAndAJapaneseHeader() throws Exception {
        String csv = csv(Locale.JAPANESE);
        assertTrue(csv.startsWith("\uFEFFタイトル,ヨミ,著者,ISBN,貸出日,返却日,状態,カテゴリ,メモ,評価\r\n"), csv);
    }

    @Test
    void everyColumnReadsBackAndDaysAreTheLibrarysDays() throws Exception {
        String csv = csv(Locale.JAPANESE).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals(2, records.size());
        CSVRecord row = records.get(1);
        assertEquals("銀河鉄道の夜", row.get(0));
        assertEquals("ギンガテツドウノヨル", row.get(1));
        assertEquals("宮沢賢治", row.get(2));
        assertEquals("9784101092058", row.get(3));
        assertEquals("2026-12-01", row.get(4), "16:00 UTC is the next day in Kushiro");
        assertEquals("", row.get(5));
        assertEquals("読了", row.get(6));
        assertEquals("童話", row.get(7));
        assertEquals("'=HYPERLINK(\"x\")\n二行目, \"引用\"", row.get(8), "never a formula; quotes and lines survive");
        assertEquals("5", row.get(9));
    }

    @Test
    void theWriterStaysOpenForTheResponseToFlush() throws Exception {
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("the caller's writer was closed");
            }
        };
        BookListCsv.write(List.of(ENTRY), Locale.JAPANESE, out);
        out.flush();
    }

    @Test
    void theEnglishExportHasAnEnglishHeader() throws Exception {
        assertTrue(csv(Locale.ENGLISH)
                .startsWith("\uFEFFTitle,Reading,Author,ISBN,Borrowed,Returned,Status,Category,Memo,Rating"));
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsText() {
        assertEquals("'+1", BookListCsv.cell("+1"));
        assertEquals("'-1", BookListCsv.cell("-1"));
        assertEquals("'@SUM(A1)", BookListCsv.cell("@SUM(A1)"));
        assertEquals("本", BookListCsv.cell("本"));
        assertEquals("", BookListCsv.cell(null));
    }
}
