package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import jp.shiori.catalog.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 森鷗外 and 森鴎外 find the same works, through the real index, analysers and query builder. */
class VariantKanjiSearchTest {

    private static final long MAIHIME = 1;
    private static final long GAN = 2;
    private static final long SAKURA = 3;
    private static final long SASAKI = 4;

    private static CatalogIndex index;

    @BeforeAll
    static void indexWorksWrittenInOneFormOrTheOther() {
        index = TemporaryIndex.of(List.of(
                TemporaryIndex.book(MAIHIME, "舞姫", "森 鴎外", 1),
                TemporaryIndex.book(GAN, "雁", "森 鷗外", 1),
                TemporaryIndex.book(SAKURA, "櫻の園と國の邊", "髙﨑 龍之介", 1),
                TemporaryIndex.book(SASAKI, "日々の記録", "佐々木 德", 1)));
    }

    @AfterAll
    static void close() {
        TemporaryIndex.close(index);
    }

    private static Set<Long> found(String typed) {
        return Set.copyOf(index.search(SearchRequest.keywords(typed)).hits().stream()
                .map(IndexHit::id)
                .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"森鷗外", "森鴎外", "森 鷗外", "森 鴎外", "鷗外", "鴎外"})
    void bothFormsOfOgaiFindBothWorks(String typed) {
        assertEquals(Set.of(MAIHIME, GAN), found(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"桜の園", "櫻の園", "国の辺", "國の邉", "高崎", "髙﨑", "竜之介", "龍之介"})
    void oldFormsInTitlesAndNamesMeetTheModernOnes(String typed) {
        assertEquals(Set.of(SAKURA), found(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"佐々木", "佐佐木", "日日", "日々", "佐々木徳", "佐佐木 德"})
    void theIterationMarkAndItsWrittenOutFormMeet(String typed) {
        assertEquals(Set.of(SASAKI), found(typed));
    }
}
