package jp.shiori.catalog.internal.search;

import static jp.shiori.catalog.internal.search.CatalogFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.Ndc;
import jp.shiori.catalog.SearchRequest;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query of a {@link SearchRequest}. User text is analysed, never parsed: no query
 * syntax exists for a patron, so {@code *:*}, {@code title:} or a stray quote are just characters, and
 * characters that analyse to nothing simply do not narrow the search.
 *
 * <p>Each word of the keyword box must match somewhere (AND between words); within a word the fields
 * compete with boosts: title words and bigrams above readings and authors, above subjects and
 * publisher, above the summary.
 */
final class CatalogQueries {

    /** Score added by the exact-match rules (docs/SEARCH.md); a word's best field match scores about 5–15. */
    static final float EXACT_AUTHOR = 40f;

    static final float EXACT_TITLE = 30f;
    static final float EXACT_TITLE_READING = 20f;

    static final int MAX_WORDS = 16;

    private final Analyzer analyzer;

    CatalogQueries(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
    }

    Query build(SearchRequest r) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        boolean scored = false;
        scored |= addWords(q, r.keywords(), this::anyField);
        exactMatches(q, r.keywords(), true, true);
        exactMatches(q, r.title(), true, false);
        exactMatches(q, r.author(), false, true);
        scored |= addWords(q, r.title(), this::titleField);
        scored |= addWords(q, r.author(), this::authorField);
        scored |= addWords(q, r.publisher(), w -> fieldWord(PUBLISHER, PUBLISHER_BIGRAM, null, null, w, 1f));
        scored |= addWords(q, r.subject(), w -> fieldWord(SUBJECT, SUBJECT_BIGRAM, null, null, w, 1f));
        if (r.isbn() != null && !r.isbn().isBlank()) {
            q.add(
                    Isbn.parse(r.isbn())
                            .<Query>map(i -> new TermQuery(new Term(ISBN, i.isbn13())))
                            .orElseGet(MatchNoDocsQuery::new),
                    Occur.MUST);
            scored = true;
        }
        if (r.ndc() != null && !r.ndc().isBlank()) {
            q.add(new TermQuery(new Term(NDC_PREFIX, Ndc.normalize(r.ndc()))), Occur.MUST);
            scored = true;
        }
        if (r.yearFrom() != null || r.yearTo() != null) {
            int from = r.yearFrom() == null ? Integer.MIN_VALUE : r.yearFrom();
            int to = r.yearTo() == null ? Integer.MAX_VALUE : r.yearTo();
            q.add(IntPoint.newRangeQuery(YEAR, from, to), Occur.FILTER);
        }
        filter(q, MATERIAL_TYPE, r.materialTypes().stream().map(Enum::name).toList());
        filter(q, BRANCH, List.copyOf(r.branches()));
        filter(q, NDC_CLASS, r.ndcClasses().stream().map(String::valueOf).toList());
        filter(q, LANGUAGE, List.copyOf(r.languages()));
        if (r.availableOnly()) {
            q.add(new TermQuery(new Term(AVAILABILITY, AVAILABLE)), Occur.FILTER);
        }
        if (!scored) {
            q.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return q.build();
    }

    /**
     * The distinct words of a text, at most {@link #MAX_WORDS}: a word said twice narrows nothing more, and
     * a pasted paragraph must not cost a clause per word (every word must match, so the first
     * {@value #MAX_WORDS} already decide).
     */
    static List<String> words(String text) {
        List<String> words = java.util.Arrays.stream(
                        TitleDocuments.searchable(text).strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        if (words.size() > 1) {
            // "No o tsukuru dokusho": a one-letter romaji particle among other words narrows nothing.
            List<String> longer = words.stream()
                    .filter(w -> !(w.length() == 1 && Romaji.isLatin(w)))
                    .toList();
            return longer.isEmpty() ? words : longer;
        }
        return words;
    }

    /** Adds one MUST clause per word of {@code text}; returns whether any word was usable. */
    private static boolean addWords(BooleanQuery.Builder q, String text, Function<String, Query> perWord) {
        if (text == null || text.isBlank()) {
            return false;
        }
        boolean any = false;
        for (String word : words(text)) {
            Query wordQuery = perWord.apply(word);
            if (wordQuery != null) {
                q.add(wordQuery, Occur.MUST);
                any = true;
            }
        }
        if (!any) {
            // The text held nothing searchable (only punctuation, say): it finds nothing, it does not find all.
            q.add(new MatchNoDocsQuery("nothing searchable in '" + text + "'"), Occur.MUST);
        }
        return true;
    }

    /**
     * The ranking rules of docs/SEARCH.md, as optional clauses that only reorder what the words found: the
     * whole text, or one of its words, is exactly a title (written or read) or exactly a person's name
     * (with or without the space, in kanji or kana). A name ranks works by that person above works about
     * them, whose titles merely contain the name; an exact title ranks above titles that contain it.
     */
    private static void exactMatches(BooleanQuery.Builder q, String text, boolean titles, boolean authors) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add(text);
        List<String> words = words(text);
        if (words.size() > 1) {
            parts.addAll(words);
        }
        for (int i = 0; i < parts.size(); i++) {
            String key = TitleDocuments.key(parts.get(i));
            if (key.isEmpty()) {
                continue;
            }
            // The whole text weighs more than one of its words.
            float weight = i == 0 ? 1f : 0.5f;
            String reading = Readings.isKana(parts.get(i)) ? Readings.canonical(parts.get(i)) : null;
            if (titles && i == 0 && words.stream().allMatch(Romaji::isLatin)) {
                q.add(exact(TITLE_ROMAJI_EXACT, Romaji.fold(parts.get(i)), EXACT_TITLE_READING), Occur.SHOULD);
            }
            if (titles) {
                q.add(exact(TITLE_EXACT, key, EXACT_TITLE * weight), Occur.SHOULD);
                if (reading != null) {
                    q.add(exact(TITLE_READING_EXACT, reading, EXACT_TITLE_READING * weight), Occur.SHOULD);
                }
            }
            if (authors) {
                q.add(exact(AUTHOR_EXACT, key, EXACT_AUTHOR * weight), Occur.SHOULD);
                if (reading != null) {
                    q.add(exact(AUTHOR_READING_EXACT, reading, EXACT_AUTHOR * weight), Occur.SHOULD);
                }
            }
        }
    }

    private static Query exact(String field, String value, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
    }

    private Query anyField(String word) {
        List<Query> alternatives = new ArrayList<>();
        add(alternatives, titleField(word));
        add(alternatives, authorField(word));
        add(alternatives, fieldWord(SUBJECT, SUBJECT_BIGRAM, null, null, word, 1.5f));
        add(alternatives, boost(allTerms(SERIES, word), 1.5f));
        add(alternatives, fieldWord(PUBLISHER, PUBLISHER_BIGRAM, null, null, word, 1f));
        add(alternatives, boost(allTerms(SUMMARY, word), 0.5f));
        Isbn.parse(word).ifPresent(i -> alternatives.add(boost(new TermQuery(new Term(ISBN, i.isbn13())), 10f)));
        return any(alternatives);
    }

    private Query titleField(String word) {
        return fieldWord(TITLE, TITLE_BIGRAM, TITLE_READING, TITLE_ROMAJI, word, 5f);
    }

    private Query authorField(String word) {
        return fieldWord(AUTHOR, AUTHOR_BIGRAM, AUTHOR_READING, AUTHOR_ROMAJI, word, 3f);
    }

    /**
     * One word against a field's kuromoji words, its bigrams and, when the word is kana, its reading; when it
     * is romaji, the romanised words of the reading.
     */
    private Query fieldWord(
            String wordsField, String bigramField, String readingField, String romajiField, String word, float boost) {
        List<Query> alternatives = new ArrayList<>();
        add(alternatives, boost(allTerms(wordsField, word), boost));
        add(alternatives, boost(phrase(bigramField, word), boost * 0.8f));
        if (readingField != null && Readings.isKana(word)) {
            add(alternatives, boost(phrase(readingField, Readings.canonical(word)), boost * 0.6f));
        }
        if (romajiField != null && Romaji.isLatin(word)) {
            // Denshi shoseki, shōgeki, shougeki: one romanised word of the reading.
            add(alternatives, boost(phrase(romajiField, Romaji.fold(word)), boost * 0.6f));
        }
        return any(alternatives);
    }

    private static void add(List<Query> queries, Query q) {
        if (q != null) {
            queries.add(q);
        }
    }

    private static Query any(List<Query> alternatives) {
        if (alternatives.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        alternatives.forEach(a -> b.add(a, Occur.SHOULD));
        return b.build();
    }

    private static Query boost(Query q, float boost) {
        return q == null ? null : new BoostQuery(q, boost);
    }

    private Query allTerms(String field, String text) {
        List<String> terms = terms(field, text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach(t -> b.add(new TermQuery(new Term(field, t)), Occur.MUST));
        return b.build();
    }

    private Query phrase(String field, String text) {
        List<String> terms = terms(field, text);
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        return new PhraseQuery(field, terms.toArray(String[]::new));
    }

    private List<String> terms(String field, String text) {
        return terms(analyzer, field, text);
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static void filter(BooleanQuery.Builder q, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        q.add(any.build(), Occur.FILTER);
    }
}
