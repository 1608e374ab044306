package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchSort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 新着: the window of first-copy times, the conditions through the same analysis, the titles left out. No container. */
class NewArrivalsIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static CatalogIndex index;

    private static IndexEntry entry(long id, String title, String ndc, Instant arrived) {
        return new IndexEntry(
                id,
                title,
                null,
                List.of(new Contributor("山田 花子", null, null)),
                "釧路書房",
                2026,
                List.of(),
                ndc,
                MaterialType.BOOK,
                "jpn",
                null,
                null,
                List.of(),
                List.of(new IndexEntry.Copy("central", ItemStatus.AVAILABLE, true)),
                arrived);
    }

    @BeforeAll
    static void open() throws Exception {
        System.setProperty(
                "shiori.index.dir",
                Files.createTempDirectory("shiori-new-arrivals").toString());
        index = new CatalogIndex();
        index.open();
        index.reset("test");
        index.put(List.of(
                entry(1, "はじめてのケーキ作り", "596.65", T0.plusSeconds(10)),
                entry(2, "ケーキの教科書", "596.65", T0.plusSeconds(20)),
                entry(3, "ケーキと文学", "913.6", T0.plusSeconds(30)),
                entry(4, "ＣＡＫＥ　ｂｏｏｋ ケーキ", "596", T0.minusSeconds(5)),
                entry(5, "古いケーキの本", "596", null)));
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
        System.clearProperty("shiori.index.dir");
    }

    private static SearchRequest cakes596() {
        return new SearchRequest(
                "ケーキ",
                null,
                null,
                null,
                null,
                null,
                "５９６",
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                SearchSort.NEWEST,
                1,
                20);
    }

    private static List<Long> ids(IndexPage page) {
        return page.hits().stream().map(IndexHit::id).toList();
    }

    @Test
    void onlyTitlesWhoseFirstCopyArrivedInTheWindowMatchNewestFirst() {
        IndexPage page = index.newArrivals(cakes596(), T0, T0.plusSeconds(60), Set.of());
        assertEquals(List.of(2L, 1L), ids(page));
        assertEquals(2, page.total());
        assertEquals(T0.plusSeconds(20), page.hits().get(0).firstCopyAt());
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEnd() {
        assertEquals(List.of(1L), ids(index.newArrivals(cakes596(), T0.plusSeconds(10), T0.plusSeconds(20), Set.of())));
    }

    @Test
    void titlesAlreadyMailedAreLeftOutAndNotCounted() {
        IndexPage page = index.newArrivals(cakes596(), T0, T0.plusSeconds(60), Set.of(2L));
        assertEquals(List.of(1L), ids(page));
        assertEquals(1, page.total());
    }

    @Test
    void theTotalCountsBeyondThePage() {
        SearchRequest oneAtATime = new SearchRequest(
                "ケーキ",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                SearchSort.NEWEST,
                1,
                1);
        IndexPage page = index.newArrivals(oneAtATime, T0.minusSeconds(60), T0.plusSeconds(60), Set.of());
        assertEquals(List.of(3L), ids(page));
        assertEquals(4, page.total());
    }
}
