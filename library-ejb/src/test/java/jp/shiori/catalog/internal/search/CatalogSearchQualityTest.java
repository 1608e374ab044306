package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.FacetCount;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchSort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a reader types must find what they expect (the "done when"), through the real index,
 * analysers and query builder on a temporary directory. No container.
 */
class CatalogSearchQualityTest {

    private static final long GINGA = 1;
    private static final long NEKO = 2;
    private static final long JIMUSHO = 3;
    private static final long NORWEGIAN = 4;
    private static final long ATLAS = 5;

    private static CatalogIndex index;
    private static Path directory;

    @BeforeAll
    static void indexASmallCatalog() throws Exception {
        directory = Files.createTempDirectory("shiori-index-test");
        System.setProperty("shiori.index.dir", directory.toString());
        index = new CatalogIndex();
        index.open();
        index.reset("test");
        index.put(List.of(
                entry(
                        GINGA,
                        "銀河鉄道の夜",
                        null,
                        List.of(new Contributor("宮沢 賢治", null, null)),
                        "角川書店",
                        1969,
                        List.of("9784041040010"),
                        "913.6",
                        MaterialType.BOOK,
                        "central",
                        ItemStatus.AVAILABLE),
                entry(
                        NEKO,
                        "吾輩は猫である",
                        "ワガハイハネコデアル",
                        List.of(new Contributor("夏目 漱石", "ナツメ, ソウセキ", null)),
                        "新潮社",
                        1961,
                        List.of("9784101092058"),
                        "913.6",
                        MaterialType.BOOK,
                        "west",
                        ItemStatus.ON_LOAN),
                entry(
                        JIMUSHO,
                        "猫の事務所",
                        null,
                        List.of(new Contributor("宮沢賢治", null, null)),
                        "筑摩書房",
                        1986,
                        List.of(),
                        "913.6",
                        MaterialType.BOOK,
                        "east",
                        ItemStatus.AVAILABLE),
                entry(
                        NORWEGIAN,
                        "ノルウェイの森",
                        "ノルウェイノモリ",
                        List.of(new Contributor("村上 春樹", null, null)),
                        "講談社",
                        1987,
                        List.of("9784062035163"),
                        "913.6",
                        MaterialType.BOOK,
                        "central",
                        ItemStatus.ON_LOAN),
                entry(
                        ATLAS,
                        "北海道地図帳",
                        null,
                        List.of(),
                        "帝国書院",
                        2020,
                        List.of(),
                        "291.1",
                        MaterialType.MAP,
                        "central",
                        ItemStatus.AVAILABLE)));
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
        System.clearProperty("shiori.index.dir");
    }

    private static IndexEntry entry(
            long id,
            String title,
            String reading,
            List<Contributor> authors,
            String publisher,
            int year,
            List<String> isbns,
            String ndc,
            MaterialType type,
            String branch,
            ItemStatus status) {
        return new IndexEntry(
                id,
                title,
                reading,
                authors,
                publisher,
                year,
                isbns,
                ndc,
                type,
                "jpn",
                null,
                null,
                List.of(),
                List.of(new IndexEntry.Copy(branch, status, true)),
                null);
    }

    private static List<Long> ids(SearchRequest request) {
        return index.search(request).hits().stream().map(IndexHit::id).toList();
    }

    private static List<Long> keywords(String text) {
        return ids(SearchRequest.keywords(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"銀河", "ぎんが", "ギンガテツドウ", "ｷﾞﾝｶﾞﾃﾂﾄﾞｳ", "銀河鉄道の夜", "銀河　鉄道", "ぎんがてつどうのよる"})
    void aReaderFindsGingaTetsudoNoYoruByWhatTheyType(String typed) {
        assertEquals(GINGA, keywords(typed).get(0), typed);
    }

    @Test
    void theAuthorsNameFindsTheirWorksWithOrWithoutTheSpace() {
        assertEquals(Set.of(GINGA, JIMUSHO), Set.copyOf(keywords("宮沢賢治")));
        assertEquals(Set.of(GINGA, JIMUSHO), Set.copyOf(keywords("宮沢 賢治")));
        assertEquals(Set.of(GINGA, JIMUSHO), Set.copyOf(keywords("みやざわけんじ")));
    }

    @Test
    void aSingleKanjiFindsTheTitlesThatContainIt() {
        assertEquals(Set.of(NEKO, JIMUSHO), Set.copyOf(keywords("猫")));
    }

    @Test
    void aTitleMatchRanksAboveAnAuthorOnlyMatch() {
        // 猫の事務所 has 猫 in its title; nothing else by 宮沢 does: both words must match somewhere.
        assertEquals(List.of(JIMUSHO), keywords("猫 宮沢"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"978-4-10-109205-8", "9784101092058", "4-10-109205-2", "４１０１０９２０５２"})
    void anIsbnFindsItsTitleWithOrWithoutHyphensAsTenOrThirteenDigits(String isbn) {
        assertEquals(List.of(NEKO), keywords(isbn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:*", "title:", "~", "\\", "\"", "((", "!!!"})
    void querySyntaxIsJustTextAndFindsNothingInsteadOfEverything(String typed) {
        assertEquals(List.of(), keywords(typed));
    }

    @Test
    void advancedSearchCombinesFieldsNdcPrefixAndYears() {
        SearchRequest byAuthorAndYears = new SearchRequest(
                null,
                null,
                "宮沢賢治",
                null,
                null,
                null,
                "913",
                1980,
                1990,
                null,
                null,
                false,
                null,
                null,
                SearchSort.RELEVANCE,
                1,
                20);
        assertEquals(List.of(JIMUSHO), ids(byAuthorAndYears));

        SearchRequest maps = new SearchRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                "2",
                null,
                null,
                Set.of(MaterialType.MAP),
                null,
                false,
                null,
                null,
                SearchSort.RELEVANCE,
                1,
                20);
        assertEquals(List.of(ATLAS), ids(maps));
    }

    @Test
    void availableOnlyLeavesOutTitlesWhoseCopiesAreAllOut() {
        SearchRequest novels = new SearchRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                "913.6",
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                SearchSort.RELEVANCE,
                1,
                20);
        assertEquals(Set.of(GINGA, JIMUSHO), Set.copyOf(ids(novels)));
    }

    @Test
    void newestFirstAndTitleReadingOrder() {
        SearchRequest novels = new SearchRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                "913",
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
        assertEquals(List.of(NORWEGIAN, JIMUSHO, GINGA, NEKO), ids(novels)); // 1987, 1986, 1969, 1961

        SearchRequest byReading = new SearchRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                "913",
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                SearchSort.TITLE,
                1,
                20);
        // ギンガ… < ネコノ… < ノルウェイ… < ワガハイ…
        assertEquals(List.of(GINGA, JIMUSHO, NORWEGIAN, NEKO), ids(byReading));
    }

    @Test
    void facetsCountTheWholeResultAndPagesCutIt() {
        SearchRequest all = new SearchRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                "9",
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                SearchSort.TITLE,
                2,
                2);
        IndexPage page = index.search(all);

        assertEquals(4, page.total());
        assertEquals(
                List.of(NORWEGIAN, NEKO), page.hits().stream().map(IndexHit::id).toList());
        assertTrue(
                page.facets().get("branch").contains(new FacetCount("central", 2)),
                page.facets().toString());
        assertTrue(page.facets().get("availability").contains(new FacetCount("available", 2)));
        assertEquals(List.of(new FacetCount("9", 4)), page.facets().get("ndcClass"));
    }

    @Test
    void aTitleWithoutAReadingGetsOneFromTheDictionary() {
        assertEquals("ギンガテツドウノヨル", Readings.derive("銀河鉄道の夜"));
        assertEquals("ミヤザワケンジ", Readings.derive("宮沢 賢治"));
        assertEquals("ワガハイハネコデアル", Readings.canonical("わがはい は ねこである"));
    }
}
