package jp.shiori.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words the benchmark catalog is made of: the curated list in {@code vocabulary.txt} (subjects,
 * places, title shapes, names, publishers, all with readings where they are certain) and the real works
 * and authors of the Aozora Bunko index. The generator and the load driver build the same vocabulary, so
 * the queries hit the data.
 */
final class Vocabulary {

    static final Path DEFAULT_AOZORA = Path.of("/work/shared/data/aozora/list_person_all_utf8_2017.csv");

    /** A word with its reading (katakana) and, for subjects and places, its NDC number. */
    record Word(String text, String reading, String ndc) {
    }

    /** A title shape such as {@code {A}入門}, its reading, and how it behaves. */
    record Shape(String title, String reading, boolean reference, boolean headIsB, boolean set) {
    }

    record Publisher(String name, String group, List<String> series) {
    }

    /** A person of the Aozora index: a reading only for names written in kana, the one case where it is certain. */
    record Author(String id, String name, String reading) {
    }

    record Credit(Author author, String role) {
    }

    /** An Aozora work with its people and the publisher (and series) of the edition it was typed from. */
    record Work(String id, String title, List<Credit> credits, String publisher, String series) {
        Author firstAuthor() {
            return credits.get(0).author();
        }
    }

    final List<Word> subjects = new ArrayList<>();
    final List<Word> places = new ArrayList<>();
    final List<Shape> shapes = new ArrayList<>();
    final List<Word> subtitles = new ArrayList<>();
    final List<Word> editions = new ArrayList<>();
    final List<Word> fictionNouns = new ArrayList<>();
    final List<Word> fictionShapes = new ArrayList<>();
    final List<String> childWords = new ArrayList<>();
    final List<String> childShapes = new ArrayList<>();
    final List<Word> magazineShapes = new ArrayList<>();
    final List<Word> dvdShapes = new ArrayList<>();
    final List<String> composers = new ArrayList<>();
    final List<Word> cdTitles = new ArrayList<>();
    final List<Word> surnames = new ArrayList<>();
    final List<Word> givenNames = new ArrayList<>();
    final List<Publisher> publishers = new ArrayList<>();
    final List<Word> englishSubjects = new ArrayList<>();
    final List<String> englishShapes = new ArrayList<>();
    final List<String> englishGiven = new ArrayList<>();
    final List<String> englishFamily = new ArrayList<>();
    final List<Work> works = new ArrayList<>();
    final List<Author> authors = new ArrayList<>();
    /** Works by the id of their first author. */
    final Map<String, List<Work>> worksByAuthor = new LinkedHashMap<>();

    private Vocabulary() {
    }

    static Vocabulary load(Path aozoraCsv) {
        if (!Files.isReadable(aozoraCsv)) {
            throw new IllegalArgumentException("cannot read the Aozora index " + aozoraCsv
                    + " (give its path with --aozora)");
        }
        try (Reader csv = Files.newBufferedReader(aozoraCsv, StandardCharsets.UTF_8)) {
            return load(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary load(Reader aozoraCsv) throws IOException {
        Vocabulary v = new Vocabulary();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
            v.readCurated(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
        v.readAozora(aozoraCsv);
        return v;
    }

    List<Publisher> publishers(String group) {
        return publishers.stream().filter(p -> p.group().equals(group)).toList();
    }

    private void readCurated(BufferedReader in) throws IOException {
        String section = "";
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
                continue;
            }
            String[] f = line.split("\t");
            try {
                switch (section) {
                    case "subject" -> subjects.add(new Word(f[0], f[1], f[2]));
                    case "place" -> places.add(new Word(f[0], f[1], f[2]));
                    case "pattern" -> {
                        List<String> flags = f.length > 2 ? Arrays.asList(f[2].split(",")) : List.of();
                        shapes.add(new Shape(f[0], f[1], flags.contains("ref"), flags.contains("head=B"),
                                flags.contains("set")));
                    }
                    case "subtitle" -> subtitles.add(new Word(f[0], f[1], null));
                    case "edition" -> editions.add(new Word(f[0], f[1], null));
                    case "fiction-noun" -> fictionNouns.add(new Word(f[0], f[1], null));
                    case "fiction-pattern" -> fictionShapes.add(new Word(f[0], f[1], null));
                    case "child" -> childWords.add(f[0]);
                    case "child-pattern" -> childShapes.add(f[0]);
                    case "magazine" -> magazineShapes.add(new Word(f[0], f[1], null));
                    case "dvd" -> dvdShapes.add(new Word(f[0], f[1], null));
                    case "composer" -> composers.add(f[0]);
                    case "cd" -> cdTitles.add(new Word(f[0], f[1], f[2]));
                    case "surname" -> surnames.add(new Word(f[0], f[1], null));
                    case "given" -> givenNames.add(new Word(f[0], f[1], null));
                    case "publisher" -> publishers.add(new Publisher(f[0], f[1], List.of(f).subList(2, f.length)));
                    case "english" -> englishSubjects.add(new Word(f[0], null, f[1]));
                    case "english-pattern" -> englishShapes.add(f[0]);
                    case "english-given" -> englishGiven.add(f[0]);
                    case "english-family" -> englishFamily.add(f[0]);
                    default -> throw new IllegalStateException("unknown section [" + section + "]");
                }
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new IllegalStateException("vocabulary.txt line " + number + " has too few fields: " + line);
            }
        }
    }

    /**
     * Columns: 人物ID, 著者名, 作品ID, 作品名, 仮名遣い種別, 翻訳者名等, ..., 出版社名 (12th). One row per work
     * and person; a translated work has a row for its author and one for its translator.
     */
    private void readAozora(Reader csv) throws IOException {
        List<List<String>> rows = AozoraCsv.read(csv);
        Map<String, Author> authorById = new LinkedHashMap<>();
        Map<String, List<List<String>>> rowsByWork = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 12 || row.get(3).isBlank() || row.get(1).isBlank()) {
                continue;
            }
            String name = row.get(1).strip();
            authorById.computeIfAbsent(row.get(0), id -> new Author(id, name,
                    Kana.isKanaOnly(name) ? Kana.readingOfKanaText(name) : null));
            rowsByWork.computeIfAbsent(row.get(2), id -> new ArrayList<>()).add(row);
        }
        authors.addAll(authorById.values());
        for (var entry : rowsByWork.entrySet()) {
            List<List<String>> workRows = entry.getValue();
            List<Credit> writers = new ArrayList<>();
            List<Credit> translators = new ArrayList<>();
            for (List<String> row : workRows) {
                Author a = authorById.get(row.get(0));
                boolean translated = Arrays.stream(row.get(5).split("、")).map(String::strip).anyMatch(a.name()::equals);
                (translated ? translators : writers).add(new Credit(a, translated ? "訳" : "著"));
            }
            List<Credit> credits = new ArrayList<>(writers);
            credits.addAll(translators);
            List<String> first = workRows.get(0);
            String[] imprint = first.get(11).strip().split("、");
            String publisher = imprint[imprint.length - 1].isBlank() ? null : imprint[imprint.length - 1].strip();
            String series = imprint.length > 1 && imprint[0].matches(".*(文庫|新書|ノベルズ|ライブラリー|叢書)")
                    ? imprint[0].strip() : null;
            Work work = new Work(entry.getKey(), first.get(3).strip(), List.copyOf(credits), publisher, series);
            works.add(work);
            worksByAuthor.computeIfAbsent(work.firstAuthor().id(), id -> new ArrayList<>()).add(work);
        }
        if (works.isEmpty()) {
            throw new IllegalArgumentException("the Aozora index holds no works");
        }
    }

    /** The Aozora index file: RFC 4180 CSV, UTF-8 with a byte-order mark. */
    static final class AozoraCsv {

        private AozoraCsv() {
        }

        static List<List<String>> read(Reader reader) throws IOException {
            Reader in = reader.markSupported() ? reader : new BufferedReader(reader);
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean first = true;
            int c;
            while ((c = in.read()) != -1) {
                if (first) {
                    first = false;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next == -1) {
                                break;
                            }
                            in.reset();
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    field.append((char) c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
