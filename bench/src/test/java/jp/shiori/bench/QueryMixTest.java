package jp.shiori.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shiori.bench.QueryMix.Kind;
import jp.shiori.bench.QueryMix.Query;
import org.junit.jupiter.api.Test;

class QueryMixTest {

    private static final int TITLES = 2_000;
    private static final CatalogModel CATALOG = TestCatalog.model(42);
    private static final List<Query> POOL = new QueryMix(TestCatalog.VOCABULARY, CATALOG, TITLES).pool(42, 100_000);

    @Test
    void kindsComeInTheirShares() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        POOL.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
        assertEquals(0.25, share(counts.get(Kind.KANJI)), 0.01);
        assertEquals(0.30, share(counts.get(Kind.WORD)), 0.01);
        assertEquals(0.15, share(counts.get(Kind.KANA)), 0.01);
        assertEquals(0.10, share(counts.get(Kind.ISBN)), 0.01);
        assertEquals(0.20, share(counts.get(Kind.AUTHOR)), 0.01);
    }

    @Test
    void someQueriesSortOrFilter() {
        assertEquals(0.15, share((int) POOL.stream().filter(q -> q.options().contains("sort=newest")).count()), 0.01);
        assertEquals(0.08, share((int) POOL.stream().filter(q -> q.options().contains("type=BOOK")).count()), 0.01);
        assertEquals(0.08, share((int) POOL.stream().filter(q -> q.options().contains("available=true")).count()), 0.01);
    }

    @Test
    void isbnQueriesNameGeneratedTitlesWithAndWithoutHyphens() {
        Set<String> generated = new HashSet<>();
        for (int i = 0; i < TITLES; i++) {
            String isbn = CATALOG.title(i).isbn();
            if (isbn != null) {
                generated.add(isbn);
            }
        }
        List<String> isbns = POOL.stream().filter(q -> q.kind() == Kind.ISBN).map(Query::text).toList();
        for (String isbn : isbns) {
            assertTrue(generated.contains(isbn.replace("-", "")), isbn);
        }
        double hyphenated = isbns.stream().filter(i -> i.contains("-")).count() / (double) isbns.size();
        assertEquals(0.5, hyphenated, 0.03);
    }

    @Test
    void kanjiQueriesAreOneOrTwoKanji() {
        POOL.stream().filter(q -> q.kind() == Kind.KANJI).map(Query::text).forEach(text -> {
            assertTrue(text.length() >= 1 && text.length() <= 2, text);
            assertTrue(text.codePoints().allMatch(Kana::isKanji), text);
        });
    }

    @Test
    void kanaQueriesAreKanaOnly() {
        POOL.stream().filter(q -> q.kind() == Kind.KANA).map(Query::text)
                .forEach(text -> assertTrue(Kana.isKanaOnly(text) && !text.contains(" "), text));
    }

    @Test
    void theSameSeedAsksTheSameQuestions() {
        QueryMix mix = new QueryMix(TestCatalog.VOCABULARY, TestCatalog.model(42), TITLES);
        assertEquals(POOL.subList(0, 5_000), mix.pool(42, 5_000));
    }

    @Test
    void textIsPercentEncodedWithSpacesAsPercent20() {
        Query q = new Query(Kind.WORD, "北海道 歴史", "&sort=newest");
        assertEquals("/api/v1/catalog/search?q=%E5%8C%97%E6%B5%B7%E9%81%93%20%E6%AD%B4%E5%8F%B2&sort=newest",
                q.pathAndQuery());
    }

    private static double share(int count) {
        return count / (double) POOL.size();
    }
}
