package jp.shiori.catalog.internal.search;

import static jp.shiori.catalog.internal.search.CatalogFields.*;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.Ndc;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexEntry} into the Lucene document of its title. */
final class TitleDocuments {

    static final FacetsConfig FACETS = facetsConfig();
    /** Where a main title ends and its subtitle, parallel title or statement of responsibility begins. */
    private static final java.util.regex.Pattern MAIN_TITLE_END =
            java.util.regex.Pattern.compile("\\s+[:=/]\\s*|\\.\\s+");

    private TitleDocuments() {}

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(BRANCH, true);
        return config;
    }

    static Document build(IndexEntry e) throws java.io.IOException {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(e.id()), Field.Store.YES));

        String title = nfkc(e.title());
        String titleWords =
                e.titleReading() != null ? Readings.katakana(e.titleReading()) : Readings.deriveWords(title);
        String titleReading = titleWords == null ? null : Readings.canonical(titleWords);
        addRomaji(d, TITLE_ROMAJI, titleWords);
        d.add(new TextField(TITLE, searchable(title), Field.Store.NO));
        d.add(new TextField(TITLE_BIGRAM, searchable(title), Field.Store.NO));
        if (titleReading != null && !titleReading.isEmpty()) {
            d.add(new TextField(TITLE_READING, titleReading, Field.Store.NO));
            d.add(new StringField(TITLE_READING_EXACT, titleReading, Field.Store.NO));
        }
        Set<String> titleKeys = new LinkedHashSet<>();
        titleKeys.add(key(title));
        // "電子書籍の衝撃 : 本はいかに崩壊し、いかに復活するか?" is also, exactly, 電子書籍の衝撃.
        titleKeys.add(key(MAIN_TITLE_END.split(title, 2)[0]));
        titleKeys.remove("");
        titleKeys.forEach(k -> d.add(new StringField(TITLE_EXACT, k, Field.Store.NO)));
        for (Contributor c : e.contributors()) {
            String name = nfkc(c.name());
            d.add(new TextField(AUTHOR, searchable(name), Field.Store.NO));
            // "宮沢 賢治" and "宮沢賢治" are the same name: bigrams across the space.
            d.add(new TextField(AUTHOR_BIGRAM, searchable(name).replaceAll("[\\s・,，]+", ""), Field.Store.NO));
            String readingWords = c.reading() != null ? Readings.katakana(c.reading()) : Readings.deriveWords(name);
            String reading = readingWords == null ? null : Readings.canonical(readingWords);
            addRomaji(d, AUTHOR_ROMAJI, readingWords);
            if (reading != null && !reading.isEmpty()) {
                d.add(new TextField(AUTHOR_READING, reading, Field.Store.NO));
                d.add(new StringField(AUTHOR_READING_EXACT, reading, Field.Store.NO));
            }
            String nameKey = key(name);
            if (!nameKey.isEmpty()) {
                d.add(new StringField(AUTHOR_EXACT, nameKey, Field.Store.NO));
            }
        }
        addText(d, PUBLISHER, e.publisher());
        addText(d, PUBLISHER_BIGRAM, e.publisher());
        addText(d, SERIES, e.seriesTitle());
        addText(d, SUMMARY, e.summary());
        for (String subject : e.subjects()) {
            addText(d, SUBJECT, subject);
            addText(d, SUBJECT_BIGRAM, subject);
        }
        for (String isbn : e.isbns()) {
            d.add(new StringField(ISBN, isbn, Field.Store.NO));
            Isbn.parse(isbn).flatMap(Isbn::isbn10).ifPresent(ten -> d.add(new StringField(ISBN, ten, Field.Store.NO)));
        }
        String ndc = e.ndc() == null ? null : Ndc.normalize(e.ndc());
        if (ndc != null && Ndc.isValidPrefix(ndc)) {
            for (int end = 1; end <= ndc.length(); end++) {
                if (ndc.charAt(end - 1) != '.') {
                    d.add(new StringField(NDC_PREFIX, ndc.substring(0, end), Field.Store.NO));
                }
            }
        }
        if (e.publicationYear() != null) {
            d.add(new IntPoint(YEAR, e.publicationYear()));
            d.add(new NumericDocValuesField(YEAR, e.publicationYear()));
            d.add(new StoredField(STORED_YEAR, e.publicationYear()));
            d.add(new SortedSetDocValuesFacetField(YEAR_FACET, Integer.toString(e.publicationYear())));
        }
        if (e.firstCopyAt() != null) {
            long arrived = e.firstCopyAt().toEpochMilli();
            d.add(new LongPoint(FIRST_COPY_AT, arrived));
            d.add(new NumericDocValuesField(FIRST_COPY_AT, arrived));
            d.add(new StoredField(STORED_FIRST_COPY_AT, arrived));
        }
        String sortKey = titleReading != null && !titleReading.isEmpty() ? titleReading : title;
        d.add(new SortedDocValuesField(SORT_READING, new BytesRef(truncate(sortKey, 200))));

        d.add(new NumericDocValuesField(ID_SORT, e.id()));
        d.add(new NumericDocValuesField(
                POPULARITY,
                e.copies().stream()
                        .filter(c -> c.status() != ItemStatus.WITHDRAWN)
                        .count()));

        filterAndFacet(d, MATERIAL_TYPE, e.materialType().name());
        Set<String> branches = e.copies().stream()
                .filter(c -> c.status() != ItemStatus.WITHDRAWN)
                .map(IndexEntry.Copy::branchCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String branch : branches) {
            filterAndFacet(d, BRANCH, branch);
        }
        boolean available = e.copies().stream().anyMatch(c -> c.status().onTheShelf());
        filterAndFacet(d, AVAILABILITY, available ? AVAILABLE : UNAVAILABLE);
        int mainClass = Ndc.mainClass(ndc);
        if (mainClass >= 0) {
            filterAndFacet(d, NDC_CLASS, Integer.toString(mainClass));
        }
        if (e.language() != null) {
            filterAndFacet(d, LANGUAGE, e.language());
        }

        d.add(new StoredField(STORED_TITLE, e.title()));
        if (titleReading != null) {
            d.add(new StoredField(STORED_READING, titleReading));
        }
        d.add(new StoredField(
                STORED_AUTHORS,
                e.contributors().stream()
                        .map(Contributor::name)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("\n"))));
        if (e.publisher() != null) {
            d.add(new StoredField(STORED_PUBLISHER, e.publisher()));
        }
        d.add(new StoredField(STORED_TYPE, e.materialType().name()));
        if (ndc != null) {
            d.add(new StoredField(STORED_NDC, ndc));
        }
        return FACETS.build(d);
    }

    private static void filterAndFacet(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static void addRomaji(Document d, String field, String readingWords) {
        List<String> words = Romaji.words(readingWords);
        if (!words.isEmpty()) {
            d.add(new TextField(field, String.join("", words), Field.Store.NO));
            if (field.equals(TITLE_ROMAJI)) {
                d.add(new StringField(TITLE_ROMAJI_EXACT, String.join("", words), Field.Store.NO));
            }
        }
    }

    private static void addText(Document d, String field, String text) {
        if (text != null && !text.isBlank()) {
            d.add(new TextField(field, searchable(text), Field.Store.NO));
        }
    }

    /**
     * Text as the analysers get it, at index and query time: NFKC, modern kanji forms and 々 written out
     * ({@link KanjiFolding}; the analysers fold variants again, for any text that skipped this step).
     */
    static String searchable(String text) {
        return KanjiFolding.fold(nfkc(text));
    }

    /**
     * A whole title or name as one key: searchable text ({@link #searchable}) in lower case with spaces and
     * punctuation left out, so 宮沢 賢治 = 宮沢賢治 and 紙の本は、滅びない = 紙の本は滅びない.
     */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        searchable(text)
                .toLowerCase(java.util.Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    static String nfkc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
