package jp.shiori.web.booklist;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import jp.shiori.booklist.EntryView;
import jp.shiori.web.i18n.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The book list as CSV (Apache Commons CSV, RFC 4180): UTF-8 with a byte order mark so that Excel in Japan opens
 * it as UTF-8; the header in the patron's language. A cell that a spreadsheet would read as a formula (=, +, -, @)
 * is prefixed with an apostrophe, so a memo cannot run anything.
 */
public final class BookListCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final String BOM = "\uFEFF";

    static final List<String> COLUMNS = List.of(
            "title", "reading", "author", "isbn", "borrowed", "returned", "status", "category", "memo", "rating");

    private BookListCsv() {}

    public static String fileName() {
        return "booklist.csv";
    }

    public static void write(List<EntryView> entries, Locale locale, Writer out) throws IOException {
        out.write(BOM);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(COLUMNS.stream()
                        .map(c -> Messages.get(locale, "booklist.csv." + c))
                        .toArray(String[]::new))
                .get();
        // not closed: the writer belongs to the caller (closing it would close the response before its flush)
        CSVPrinter csv = new CSVPrinter(out, format);
        for (EntryView e : entries) {
            csv.printRecord(
                    cell(e.title()),
                    cell(e.titleReading()),
                    cell(e.author()),
                    cell(e.isbn()),
                    day(e.borrowedAt()),
                    day(e.returnedAt()),
                    Messages.get(locale, "booklist.status." + e.status()),
                    cell(e.categoryName()),
                    cell(e.memo()),
                    e.rating() == null ? "" : e.rating().toString());
        }
        csv.flush();
    }

    private static String day(java.time.Instant instant) {
        return instant == null ? "" : BookListDates.day(instant).toString();
    }

    /** Text as a spreadsheet shows it, never as a formula. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
