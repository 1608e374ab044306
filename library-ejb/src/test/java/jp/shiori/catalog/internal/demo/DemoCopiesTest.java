package jp.shiori.catalog.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDraft;
import org.junit.jupiter.api.Test;

class DemoCopiesTest {

    @Test
    void aCallNumberIsTheNdcClassAndTheAuthorMark() {
        assertEquals("913.6 ミ", DemoCopies.callNumber(draft("913.6", new Contributor("宮沢 賢治", "ミヤザワ ケンジ", null))));
        assertEquals("913.6 ミ", DemoCopies.callNumber(draft("913.6", new Contributor("宮沢 賢治", "みやざわ けんじ", null))));
    }

    @Test
    void withoutAReadingTheMarkComesFromTheDictionaryAndWithoutNdcItStandsAlone() {
        assertEquals("ナ", DemoCopies.callNumber(draft(null, new Contributor("夏目 漱石", null, null))));
        assertEquals("913", DemoCopies.callNumber(draft("913", null)));
        assertNull(DemoCopies.callNumber(draft(null, null)));
    }

    @Test
    void everyDemoCopyCarriesTheTitlesCallNumber() {
        DemoCopies.of(draft("913.6", new Contributor("宮沢 賢治", "ミヤザワ ケンジ", null)), 42, List.of("CENTRAL"))
                .forEach(item -> assertEquals("913.6 ミ", item.callNumber()));
    }

    private static TitleDraft draft(String ndc, Contributor author) {
        return new TitleDraft(
                "TEST",
                "1",
                "銀河鉄道の夜",
                null,
                author == null ? List.of() : List.of(author),
                null,
                null,
                List.of(),
                ndc,
                MaterialType.BOOK,
                "jpn",
                null,
                null,
                null,
                List.of());
    }
}
