package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ranking rules of docs/SEARCH.md, each on a catalog that would rank otherwise without it. */
class RankingRulesTest {

    private static final long ABOUT_KENJI = 1;
    private static final long ABOUT_KENJI_TOO = 2;
    private static final long GINGA_ONE_COPY = 3;
    private static final long CHUMON = 4;
    private static final long GINGA_THREE_COPIES = 5;
    private static final long KOKORO_NO_TABI = 6;
    private static final long KOKORO = 7;

    private static CatalogIndex index;

    @BeforeAll
    static void indexACatalogWhereOrderWouldDecide() throws Exception {
        Path directory = Files.createTempDirectory("shiori-ranking-test");
        System.setProperty("shiori.index.dir", directory.toString());
        index = new CatalogIndex();
        index.open();
        index.reset("test");
        // Inserted so that insertion order would put the wrong one first every time.
        index.put(List.of(
                entry(ABOUT_KENJI, "宮沢賢治の世界", "中原 中也", 1),
                entry(ABOUT_KENJI_TOO, "宮沢賢治 ― 修羅と祈り", "草野 心平", 1),
                entry(GINGA_ONE_COPY, "銀河鉄道の夜", "宮沢 賢治", 1),
                entry(CHUMON, "注文の多い料理店", "宮沢 賢治", 2),
                entry(GINGA_THREE_COPIES, "銀河鉄道の夜", "宮沢 賢治", 3),
                entry(KOKORO_NO_TABI, "こころの旅 こころ", "神谷 美恵子", 2),
                entry(KOKORO, "こころ", "夏目 漱石", 1)));
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
        System.clearProperty("shiori.index.dir");
    }

    private static IndexEntry entry(long id, String title, String author, int copies) {
        List<IndexEntry.Copy> held = new ArrayList<>(
                Collections.nCopies(copies, new IndexEntry.Copy("central", ItemStatus.AVAILABLE, true)));
        held.add(new IndexEntry.Copy("west", ItemStatus.WITHDRAWN, true)); // withdrawn copies count for none
        return new IndexEntry(
                id,
                title,
                null,
                List.of(new Contributor(author, null, null)),
                null,
                null,
                List.of(),
                null,
                MaterialType.BOOK,
                "jpn",
                null,
                null,
                List.of(),
                held,
                null);
    }

    private static List<Long> ids(String typed) {
        return index.search(SearchRequest.keywords(typed)).hits().stream()
                .map(IndexHit::id)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"宮沢賢治", "宮沢 賢治", "みやざわけんじ", "ミヤザワ ケンジ"})
    void anAuthorsNameListsTheirWorksBeforeWorksAboutThem(String typed) {
        List<Long> found = ids(typed);
        assertEquals(
                Set.of(GINGA_ONE_COPY, GINGA_THREE_COPIES, CHUMON),
                Set.copyOf(found.subList(0, 3)),
                typed + " " + found);
    }

    @Test
    void anExactTitleRanksAboveATitleThatContainsTheWord() {
        assertEquals(List.of(KOKORO, KOKORO_NO_TABI), ids("こころ").subList(0, 2));
    }

    @Test
    void equalTitlesRankByCopiesHeldNotByInsertionOrder() {
        assertEquals(List.of(GINGA_THREE_COPIES, GINGA_ONE_COPY), ids("銀河鉄道の夜"));
    }
}
