package jp.shiori.catalog.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.TitleDraft;
import org.junit.jupiter.api.Test;

class AozoraIndexTest {

    private static final String HEADER =
            "\uFEFF人物ID,著者名,作品ID,作品名,仮名遣い種別,翻訳者名等,入力者名,校正者名,状態," + "状態の開始日,底本名,出版社名,入力に使用した版,校正に使用した版\r\n";

    @Test
    void oneDraftPerWorkWithItsPeopleInRowOrderAndTheTranslatorAsContributor() throws IOException {
        String csv = HEADER
                + "000081,\"宮沢 賢治\",000456,\"銀河鉄道の夜\",新字新仮名,,\"入力 太郎\",\"校正 花子\",公開,1999-05-21,"
                + "\"新編 銀河鉄道の夜\",\"新潮文庫、新潮社\",\"1989（平成元）年6月15日第1刷\",\r\n"
                + "001257,\"アーヴィング ワシントン\",056078,\"駅伝馬車\",旧字旧仮名,\"高垣 松雄、吉田 甲子太郎\",,,公開,"
                + "2013-09-20,\"スケッチ・ブック\",\"岩波文庫、岩波書店\",\"1935（昭和10）年9月15日第1刷\",\r\n"
                + "\r\n"
                + "000082,\"別の 著者\",000456,\"銀河鉄道の夜\",新字新仮名,,,,公開,1999-05-21,\"新編 銀河鉄道の夜\","
                + "\"新潮文庫、新潮社\",\"1989年\",\r\n";

        List<TitleDraft> drafts = AozoraIndex.read(new StringReader(csv));

        assertEquals(2, drafts.size());
        TitleDraft ginga = drafts.get(0);
        assertEquals("000456", ginga.sourceId());
        assertEquals("銀河鉄道の夜", ginga.title());
        assertEquals(
                List.of("宮沢 賢治", "別の 著者"),
                ginga.contributors().stream().map(Contributor::name).toList());
        assertEquals("新潮社", ginga.publisher());
        assertEquals(1989, ginga.publicationYear());
        TitleDraft basha = drafts.get(1);
        assertEquals(
                List.of("アーヴィング ワシントン", "高垣 松雄", "吉田 甲子太郎"),
                basha.contributors().stream().map(Contributor::name).toList());
        assertEquals("訳", basha.contributors().get(1).role());
        assertNull(basha.contributors().get(0).role());
    }

    @Test
    void quotesCommasAndLineBreaksInsideAFieldStayInTheField() throws IOException {
        String csv = HEADER + "000001,\"著者 一\",000002,\"題名, \"\"引用\"\"と\n改行\",新字新仮名,,,,公開,2000-01-01,,,,\r\n";

        List<TitleDraft> drafts = AozoraIndex.read(new StringReader(csv));

        assertEquals("題名, \"引用\"と\n改行", drafts.get(0).title());
    }

    @Test
    void aShortRowOrAWorkWithoutTitleIsLeftOut() throws IOException {
        String csv = HEADER + "000001,\"著者 一\",000002\r\n" + "000001,\"著者 一\",000003,,新字新仮名,,,,公開,2000-01-01,,,,\r\n";

        assertEquals(List.of(), AozoraIndex.read(new StringReader(csv)));
    }
}
