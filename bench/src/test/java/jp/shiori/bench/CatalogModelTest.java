package jp.shiori.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import jp.shiori.bench.CatalogModel.BenchTitle;
import org.junit.jupiter.api.Test;

class CatalogModelTest {

    private static final CatalogModel CATALOG = TestCatalog.model(42);
    private static final int N = 20_000;

    @Test
    void theSameSeedGivesTheSameTitles() {
        CatalogModel again = TestCatalog.model(42);
        IntStream.range(0, 2_000).forEach(i -> assertEquals(CATALOG.title(i), again.title(i)));
    }

    @Test
    void anotherSeedGivesAnotherCatalog() {
        CatalogModel other = TestCatalog.model(43);
        long same = IntStream.range(0, 1_000).filter(i -> CATALOG.title(i).title().equals(other.title(i).title())).count();
        assertTrue(same < 100, same + " of 1,000 titles equal");
    }

    @Test
    void aboutSeventyPercentOfTitlesCarryAnIsbn() {
        long withIsbn = IntStream.range(0, N).filter(i -> CATALOG.title(i).isbn() != null).count();
        assertEquals(0.70, withIsbn / (double) N, 0.03);
    }

    @Test
    void onlyBooksFrom1981OnHaveAnIsbn() {
        IntStream.range(0, N).mapToObj(CATALOG::title).filter(t -> t.isbn() != null)
                .forEach(t -> assertTrue(t.materialType().equals("BOOK") && t.year() >= 1981, t.toString()));
    }

    @Test
    void readingsAreKatakanaAndSomeAreLeftToTheApplication() {
        long withReading = 0;
        for (int i = 0; i < N; i++) {
            BenchTitle t = CATALOG.title(i);
            if (t.reading() != null) {
                withReading++;
                assertTrue(t.reading().matches("[ァ-ヶー0-9 ]+"), t.title() + " / " + t.reading());
            }
        }
        double share = withReading / (double) N;
        assertTrue(share > 0.4 && share < 0.8, "share with reading " + share);
    }

    @Test
    void kanjiTitlesFromTheAozoraIndexGetNoReading() {
        // No reading is invented: an Aozora title in kanji has none in the index, so the record has none.
        IntStream.range(0, N).mapToObj(CATALOG::title)
                .filter(t -> TestCatalog.VOCABULARY.works.stream().anyMatch(w -> w.title().equals(t.title())))
                .filter(t -> Kana.hasKanji(t.title()))
                .forEach(t -> assertEquals(null, t.reading(), t.title()));
    }

    @Test
    void recordsRespectTheSchema() {
        for (int i = 0; i < N; i++) {
            BenchTitle t = CATALOG.title(i);
            assertFalse(t.title().isBlank());
            assertTrue(t.title().length() <= 1000 && t.sourceId().length() <= 64);
            assertTrue(t.year() >= 1950 && t.year() <= 2025, t.toString());
            assertTrue(t.ndc() == null || t.ndc().matches("\\d{3}(\\.\\d{1,6})?"), t.ndc());
            assertTrue(t.materialType().matches("BOOK|MAGAZINE|CD|DVD|KAMISHIBAI"), t.materialType());
            assertTrue(!t.updatedAt().isBefore(t.createdAt()));
            assertTrue(t.contributors().stream().allMatch(c -> c.name() != null && !c.name().isBlank()));
        }
    }

    @Test
    void ndcNumbersCoverAllTenClasses() {
        long classes = IntStream.range(0, N).mapToObj(CATALOG::title).filter(t -> t.ndc() != null)
                .map(t -> t.ndc().charAt(0)).distinct().count();
        assertEquals(10, classes);
    }

    @Test
    void mostTitlesAreJapaneseBooks() {
        long books = IntStream.range(0, N).filter(i -> CATALOG.title(i).materialType().equals("BOOK")).count();
        long japanese = IntStream.range(0, N).filter(i -> CATALOG.title(i).language().equals("jpn")).count();
        assertTrue(books > 0.85 * N && books < 0.93 * N, "books " + books);
        assertTrue(japanese > 0.95 * N, "jpn " + japanese);
    }

    @Test
    void sourceIdsSortAsTheTitleNumbers() {
        assertEquals("000000042", CatalogModel.sourceId(42));
        assertTrue(CatalogModel.sourceId(99).compareTo(CatalogModel.sourceId(100)) < 0);
        assertNotEquals(CatalogModel.sourceId(1), CatalogModel.sourceId(10));
    }
}
