package jp.shiori.catalog.internal.demo;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDraft;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Aozora Bunko's public index (list_person_all_utf8: one row per work and person) as title drafts: one
 * per work, its people in row order, the translator column as a contributor with role 訳, the source
 * book (底本) as series and its publisher. The index carries no readings; the search derives them.
 */
public final class AozoraIndex {

    static final String SOURCE = "AOZORA";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private AozoraIndex() {}

    public static List<TitleDraft> read(Reader csv) throws IOException {
        Map<String, Work> works = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser rows = CSVParser.parse(withoutBom(csv), format)) {
            int columns = rows.getHeaderNames().size();
            for (CSVRecord row : rows) {
                if (row.size() < columns || row.get("作品名").isBlank()) {
                    continue;
                }
                Work work = works.computeIfAbsent(
                        row.get("作品ID"),
                        id -> new Work(
                                id,
                                row.get("作品名"),
                                row.get("底本名"),
                                publisherOf(row.get("出版社名")),
                                yearOf(row.get("入力に使用した版"))));
                work.addPerson(row.get("著者名"), null);
                for (String t : row.get("翻訳者名等").split("[、,]")) {
                    work.addPerson(t, "訳");
                }
            }
        }
        return works.values().stream().map(Work::draft).toList();
    }

    /** "岩波文庫、岩波書店" names the imprint and the publisher: the publisher is the last part. */
    static String publisherOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split("、");
        return parts[parts.length - 1].strip();
    }

    static Integer yearOf(String edition) {
        Matcher m = YEAR.matcher(edition == null ? "" : edition);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The index is saved with a byte-order mark, which would otherwise become part of the first column's name. */
    private static Reader withoutBom(Reader csv) throws IOException {
        PushbackReader in = new PushbackReader(csv, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private static final class Work {
        private final String id;
        private final String title;
        private final String sourceBook;
        private final String publisher;
        private final Integer year;
        private final List<Contributor> people = new ArrayList<>();

        Work(String id, String title, String sourceBook, String publisher, Integer year) {
            this.id = id;
            this.title = title;
            this.sourceBook = sourceBook;
            this.publisher = publisher;
            this.year = year;
        }

        void addPerson(String name, String role) {
            if (name == null || name.isBlank()) {
                return;
            }
            Contributor c = new Contributor(name.strip(), null, role);
            if (people.stream().noneMatch(p -> p.name().equals(c.name()))) {
                people.add(c);
            }
        }

        TitleDraft draft() {
            return new TitleDraft(
                    SOURCE,
                    id,
                    title,
                    null,
                    people,
                    publisher,
                    year,
                    List.of(),
                    null,
                    MaterialType.BOOK,
                    "jpn",
                    sourceBook == null || sourceBook.isBlank() || sourceBook.equals(title) ? null : sourceBook,
                    null,
                    null,
                    List.of());
        }
    }
}
