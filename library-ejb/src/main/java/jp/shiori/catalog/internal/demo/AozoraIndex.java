package jp.shiori.catalog.internal.demo;

import java.io.BufferedReader;
import java.io.IOException;
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

/**
 * Aozora Bunko's public index (list_person_all_utf8: one row per work and person) as title drafts: one
 * per work, its people in row order, the translator column as a contributor with role 訳, the source
 * book (底本) as series and its publisher. The index carries no readings; the search derives them.
 */
public final class AozoraIndex {

    static final String SOURCE = "AOZORA";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private AozoraIndex() {
    }

    public static List<TitleDraft> read(Reader csv) throws IOException {
        Map<String, Work> works = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(csv);
        List<String> header = fields(stripBom(in.readLine()));
        int person = header.indexOf("著者名");
        int workId = header.indexOf("作品ID");
        int title = header.indexOf("作品名");
        int translator = header.indexOf("翻訳者名等");
        int sourceBook = header.indexOf("底本名");
        int publisher = header.indexOf("出版社名");
        int edition = header.indexOf("入力に使用した版");
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < header.size() || f.get(title).isBlank()) {
                continue;
            }
            Work work = works.computeIfAbsent(f.get(workId), id -> new Work(id, f.get(title), f.get(sourceBook),
                    publisherOf(f.get(publisher)), yearOf(f.get(edition))));
            work.addPerson(f.get(person), null);
            for (String t : f.get(translator).split("[、,]")) {
                work.addPerson(t, "訳");
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

    private static String stripBom(String line) {
        return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** One CSV line: fields separated by commas, optionally in double quotes with "" for a quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
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
            return new TitleDraft(SOURCE, id, title, null, people, publisher, year, List.of(), null, MaterialType.BOOK,
                    "jpn", sourceBook == null || sourceBook.isBlank() || sourceBook.equals(title) ? null : sourceBook,
                    null, null, List.of());
        }
    }
}
