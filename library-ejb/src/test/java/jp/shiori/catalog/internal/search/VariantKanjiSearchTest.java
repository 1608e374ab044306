package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.MaterialType;
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
    static void indexWorksWrittenInOneFormOrTheOther() throws Exception {
        Path directory = Files.createTempDirectory("shiori-variants-test");
        System.setProperty("shiori.index.dir", directory.toString());
        index = new CatalogIndex();
        index.open();
        index.reset("test");
        index.put(List.of(
                entry(MAIHIME, "舞姫", "森 鴎外"),
                entry(GAN, "雁", "森 鷗外"),
                entry(SAKURA, "櫻の園と國の邊", "髙﨑 龍之介"),
                entry(SASAKI, "日々の記録", "佐々木 德")));
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
        System.clearProperty("shiori.index.dir");
    }

    private static IndexEntry entry(long id, String title, String author) {
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
                List.of(new IndexEntry.Copy("central", ItemStatus.AVAILABLE, true)),
                null);
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
