package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import jp.shiori.catalog.ItemStatus;
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
    static void indexACatalogWhereOrderWouldDecide() {
        // Inserted so that insertion order would put the wrong one first every time.
        index = TemporaryIndex.of(List.of(
                withAWithdrawnCopy(TemporaryIndex.book(ABOUT_KENJI, "宮沢賢治の世界", "中原 中也", 1)),
                withAWithdrawnCopy(TemporaryIndex.book(ABOUT_KENJI_TOO, "宮沢賢治 ― 修羅と祈り", "草野 心平", 1)),
                withAWithdrawnCopy(TemporaryIndex.book(GINGA_ONE_COPY, "銀河鉄道の夜", "宮沢 賢治", 1)),
                withAWithdrawnCopy(TemporaryIndex.book(CHUMON, "注文の多い料理店", "宮沢 賢治", 2)),
                withAWithdrawnCopy(TemporaryIndex.book(GINGA_THREE_COPIES, "銀河鉄道の夜", "宮沢 賢治", 3)),
                withAWithdrawnCopy(TemporaryIndex.book(KOKORO_NO_TABI, "こころの旅 こころ", "神谷 美恵子", 2)),
                withAWithdrawnCopy(TemporaryIndex.book(KOKORO, "こころ", "夏目 漱石", 1))));
    }

    @AfterAll
    static void close() {
        TemporaryIndex.close(index);
    }

    /** Withdrawn copies count for none: three withdrawn copies must not lift a title held once. */
    private static IndexEntry withAWithdrawnCopy(IndexEntry e) {
        List<IndexEntry.Copy> copies = new ArrayList<>(e.copies());
        copies.addAll(Collections.nCopies(3, new IndexEntry.Copy("west", ItemStatus.WITHDRAWN, true)));
        return new IndexEntry(
                e.id(),
                e.title(),
                e.titleReading(),
                e.contributors(),
                e.publisher(),
                e.publicationYear(),
                e.isbns(),
                e.ndc(),
                e.materialType(),
                e.language(),
                e.seriesTitle(),
                e.summary(),
                e.subjects(),
                copies,
                e.firstCopyAt());
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
