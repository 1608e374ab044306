package jp.shiori.catalog.internal.marc;

import static jp.shiori.catalog.internal.marc.Marc21Files.NDL_ISO2709;
import static jp.shiori.catalog.internal.marc.Marc21Files.NDL_MARCXML;
import static jp.shiori.catalog.internal.marc.Marc21Files.draft;
import static jp.shiori.catalog.internal.marc.Marc21Files.drafts;
import static jp.shiori.catalog.internal.marc.Marc21Files.readAll;
import static jp.shiori.catalog.internal.marc.Marc21Files.skipped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JAPAN/MARC records of the NDL (UTF-8, leader/09 = a). Expected values are copied from
 * {@code yaz-marcdump -o line ndl-japan-marc-233.mrc}; the record is named by its 001.
 */
class NdlJapanMarcTest {

    private static List<MarcReadResult> results;
    private static List<TitleDraft> drafts;

    @BeforeAll
    static void readTheFile() {
        results = readAll(NDL_ISO2709);
        drafts = drafts(results);
    }

    @Test
    void everyNdlRecordThatYazMarcdumpFindsValidIsRead() {
        // yaz-marcdump reads 233 records from the file and reports no error; all have a 245 $a.
        assertEquals(233, results.size());
        assertEquals(233, drafts.size());
        assertEquals(List.of(), skipped(results));
    }

    @Test
    void recordNumbersCountTheRecordsOfTheFileFromOne() {
        assertEquals(1, results.get(0).recordNumber());
        assertEquals(233, results.get(232).recordNumber());
    }

    @Test
    void theMarcXmlFileGivesTheSameDraftsAsTheIso2709File() {
        // yaz-marcdump -i marcxml -o line prints the XML file exactly as the .mrc file.
        assertEquals(drafts, drafts(readAll(NDL_MARCXML)));
    }

    @Test
    void aWholeNdlRecordBecomesThisDraft() {
        // 001 029455884:
        // 020    $a 978-4-7949-7075-6 : $c 1700円
        // 084    $a UE13 $2 kktb / 084 $a 023 $2 njb/10
        // 245 00 $6 880-01 $a これからの本の話をしよう / $c 萩野正昭 著.
        // 260    $6 880-02 $a 東京 : $b 晶文社, $c 2019.2.
        // 650  7 $6 880-03 $a 電子書籍 ... / 650  7 $6 880-04 $a 電子出版 ...
        // 700 1  $6 880-05 $a 萩野, 正昭 $0 01215194
        // 880 00 $6 245-01/$1 $a コレカラ ノ ホン ノ ハナシ オ シヨウ.
        // 880 1  $6 700-05/$1 $a ハギノ, マサアキ $0 01215194
        TitleDraft expected = new TitleDraft(
                "JTNDL",
                "029455884",
                "これからの本の話をしよう",
                "コレカラノホンノハナシオシヨウ",
                List.of(new Contributor("萩野, 正昭", "ハギノ, マサアキ", null)),
                "晶文社",
                2019,
                List.of(new Isbn("9784794970756")),
                "023",
                MaterialType.BOOK,
                "jpn",
                null,
                null,
                null,
                List.of("電子書籍", "電子出版"));

        assertEquals(expected, drafts.get(0));
    }

    @Test
    void ndlRecordsCarryTheKanaReadingOfTheTitle() {
        // 880 00 $6 245-01/$1 $a シーエヌエヌ ニュース リスニング : $b オンセイ アンド デンシ ショセキバンツキ :
        //        イッポン サンジュウビョウ ダカラ キキヤスイ. $n 2019-ハル ナツ.
        // (the other 880 for 245, script "(B", is the romanisation "Shienuenu nyusu risuningu ...")
        assertEquals(
                "シーエヌエヌニュースリスニングオンセイアンドデンシショセキバンツキイッポンサンジュウビョウダカラキキヤスイ2019-ハルナツ",
                draft(drafts, "029611852").titleReading());
        // 880 00 $6 245-01/$1 $a ジュウゴサイ デモ オレ ノ ヨメ. $n 2.
        assertEquals("ジュウゴサイデモオレノヨメ2", draft(drafts, "029202839").titleReading());
        // 880 00 $6 245-01/$1 $a スグ ツカエル Mac & Office カツヨウ トクホン : $b デンシ ショセキバン コード ツキ. $n 2019ネンバン.
        assertEquals(
                "スグツカエルMac&Officeカツヨウトクホンデンシショセキバンコードツキ2019ネンバン",
                draft(drafts, "029501619").titleReading());
    }

    @Test
    void theTitleJoinsSubtitleAndPartWithTheRecordsPunctuationAndDropsItAtTheEnd() {
        // 245 00 $a CNNニュース・リスニング : $b 音声&電子書籍版付き : 1本30秒だから、聞きやすい! $n 2019春夏 / $c ...
        assertEquals(
                "CNNニュース・リスニング : 音声&電子書籍版付き : 1本30秒だから、聞きやすい! 2019春夏",
                draft(drafts, "029611852").title());
        // 245 00 $a すぐ使えるMac&Office活用読本 : $b 電子書籍版コード付き. $n 2019年版 / $c 日経パソコン 編.
        assertEquals(
                "すぐ使えるMac&Office活用読本 : 電子書籍版コード付き. 2019年版",
                draft(drafts, "029501619").title());
        // 245 00 $a 15歳でも俺の嫁! $n 2 / $c 庵田定夏 著.
        assertEquals("15歳でも俺の嫁! 2", draft(drafts, "029202839").title());
    }

    @Test
    void ndcIsTheClassificationOfSourceNjbNotNdlc() {
        // 084 $a KH811 $2 kktb / 084 $a 913.6 $2 njb/10
        assertEquals("913.6", draft(drafts, "029202839").ndc());
        // 084 $a YU51 $2 kktb / 084 $a 837.5 $2 njb/10
        assertEquals("837.5", draft(drafts, "029611852").ndc());
        // 084 $a DK411 $2 kktb / 084 $a 007.35 $2 njb/09
        assertEquals("007.35", draft(drafts, "000009275058").ndc());
        // only 084 $a Y94 $2 kktb
        assertNull(draft(drafts, "029501619").ndc());
    }

    @Test
    void isbnsOfTheRecordBecomeIsbn13() {
        // 020 $a 978-4-04-065165-1 : $c 600円
        assertEquals(
                List.of(new Isbn("9784040651651")), draft(drafts, "029202839").isbns());
        // 020 $a 978-4-255-01110-3 : $c 1000円
        assertEquals(
                List.of(new Isbn("9784255011103")), draft(drafts, "029611852").isbns());
        // 020 $a 4-8443-2176-5 : $c 38000円 (an ISBN-10)
        assertEquals(
                List.of(new Isbn("9784844321767")),
                draft(drafts, "000009275058").isbns());
        // no 020
        assertEquals(List.of(), draft(drafts, "029501619").isbns());
    }

    @Test
    void contributorsCarryTheKanaReadingOfTheirLinked880() {
        // 700 1  $6 880-05 $a 庵田, 定夏 $0 01189052 / 880 1 $6 700-05/$1 $a アンダ, サダナツ $0 01189052
        assertEquals(
                List.of(new Contributor("庵田, 定夏", "アンダ, サダナツ", null)),
                draft(drafts, "029202839").contributors());
        // 700 1  $6 880-03 $a 元木, 昌彦, $d 1945- / 880 1 $6 700-03/$1 $a モトキ, マサヒコ, $d 1945-
        assertEquals(
                List.of(new Contributor("元木, 昌彦", "モトキ, マサヒコ", null)),
                draft(drafts, "000008042446").contributors());
        // 700 1 野口, 武悟 / 710 2 専修大学, with their 880s ノグチ, タケノリ and センシュウ ダイガク
        assertEquals(
                List.of(new Contributor("野口, 武悟", "ノグチ, タケノリ", null), new Contributor("専修大学", "センシュウ ダイガク", null)),
                draft(drafts, "028064297").contributors());
    }

    @Test
    void theVolumeInTheSeriesComesBeforeThePartNumberOfTheTitle() {
        // 490 0  $6 880-03 $a MF文庫J ; $v あ-22-02, and 245 $n 2
        TitleDraft mfBunko = draft(drafts, "029202839");
        assertEquals("MF文庫J", mfBunko.seriesTitle());
        assertEquals("あ-22-02", mfBunko.volume());
        // no 490: 245 $n 2019春夏 /
        assertEquals("2019春夏", draft(drafts, "029611852").volume());
    }

    @Test
    void aKoreanTitleWhoseReadingIsInHangulHasNoKanaReading() {
        // 245 00 $6 880-01 $a 韓國目録規則 : $b 전자책·전자저널 기술규칙 / ...
        // 880 00 $6 245-01/$1 $a 한국 목록 규칙 : $b 전자 책 전자 저널 기술 규칙.
        TitleDraft korean = draft(drafts, "024929826");
        assertEquals("韓國目録規則 : 전자책·전자저널 기술규칙", korean.title());
        assertNull(korean.titleReading());
        assertEquals("kor", korean.language());
    }

    @Test
    void aTitleWhose880LinkLeadsNowhereHasNoReading() {
        // 245 00 $6 880-01 $a アクセシブルな電子書籍の製作と提供に関する実証的研究 / ..., but no 880 $6 245-01
        assertNull(draft(drafts, "028064297").titleReading());
        // Three records link 245 to a missing 880; with the Korean one, four have no reading.
        assertEquals(
                4, drafts.stream().filter(draft -> draft.titleReading() == null).count());
    }

    @Test
    void theLanguageIsNullWhen008AndThe041SayNothing() {
        // 008 970929s1987       ||||  |||||||||||     (blank 35-37), no 041
        assertNull(draft(drafts, "000007029824").language());
    }
}
