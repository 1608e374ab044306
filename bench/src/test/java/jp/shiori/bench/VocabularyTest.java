package jp.shiori.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.shiori.bench.Vocabulary.Word;
import jp.shiori.bench.Vocabulary.Work;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final Vocabulary V = TestCatalog.VOCABULARY;

    @Test
    void everyCuratedReadingIsKatakana() {
        Stream.of(V.subjects, V.places, V.surnames, V.givenNames, V.fictionNouns).flatMap(List::stream)
                .forEach(w -> assertTrue(w.reading().matches("[ァ-ヶー]+"), w.text() + " " + w.reading()));
        Stream.of(V.shapes.stream().map(s -> new Word(s.title(), s.reading(), null)), V.subtitles.stream(),
                V.editions.stream(), V.magazineShapes.stream(), V.dvdShapes.stream(), V.fictionShapes.stream(),
                V.cdTitles.stream()).flatMap(s -> s)
                .forEach(w -> assertTrue(w.reading().matches("([ァ-ヶー0-9 ]|\\{[A-Z]\\})+"), w.text() + " " + w.reading()));
    }

    @Test
    void titleShapesAndTheirReadingsHaveTheSameSlots() {
        Stream.concat(V.shapes.stream().map(s -> new Word(s.title(), s.reading(), null)),
                Stream.of(V.subtitles, V.magazineShapes, V.dvdShapes, V.fictionShapes).flatMap(List::stream))
                .forEach(w -> assertEquals(slots(w.text()), slots(w.reading()), w.text()));
    }

    @Test
    void subjectsCarryValidNdcNumbersInAllTenClasses() {
        V.subjects.forEach(w -> assertTrue(w.ndc().matches("\\d{3}(\\.\\d{1,6})?"), w.text() + " " + w.ndc()));
        assertEquals(10, V.subjects.stream().map(w -> w.ndc().charAt(0)).distinct().count());
    }

    @Test
    void childrensWordsAreKana() {
        V.childWords.forEach(w -> assertTrue(Kana.isKanaOnly(w), w));
        V.childShapes.forEach(s -> assertTrue(Kana.isKanaOnly(s.replace("{X}", "ねこ").replace("{Y}", "いぬ")), s));
    }

    @Test
    void aozoraRowsBecomeWorksWithAuthorsAndTranslators() throws IOException {
        String csv = "\uFEFF人物ID,著者名,作品ID,作品名,仮名遣い種別,翻訳者名等,入力者名,校正者名,状態,状態の開始日,底本名,出版社名,x,y\n"
                + "000017,\"ウィード グスターフ\",000193,\"尼\",新字新仮名,\"森 鴎外、森 林太郎\",\"a\",\"b\",公開,2000-01-01,\"\",\"岩波書店\",\"\",\"\"\n"
                + "000129,\"森 鴎外\",000193,\"尼\",新字新仮名,\"森 鴎外、森 林太郎\",\"a\",\"b\",公開,2000-01-01,\"\",\"岩波書店\",\"\",\"\"\n"
                + "000081,\"宮沢 賢治\",000043,\"銀河鉄道の夜\",新字新仮名,,\"a\",\"b\",公開,2000-01-01,\"\",\"新潮文庫、新潮社\",\"\",\"\"\r\n";
        Vocabulary v = Vocabulary.load(new StringReader(csv));
        assertEquals(2, v.works.size());
        Work ginga = v.works.get(0);
        assertEquals("銀河鉄道の夜", ginga.title());
        assertEquals("新潮社", ginga.publisher());
        assertEquals("新潮文庫", ginga.series());
        assertNull(ginga.firstAuthor().reading());
        Work ama = v.works.get(1);
        assertEquals("ウィード グスターフ", ama.credits().get(0).author().name());
        assertEquals("著", ama.credits().get(0).role());
        assertEquals("ウィード グスターフ", ama.firstAuthor().reading());
        assertEquals("訳", ama.credits().get(1).role());
    }

    private static List<String> slots(String text) {
        return Pattern.compile("\\{[A-Z]}").matcher(text).results().map(m -> m.group()).sorted().toList();
    }
}
