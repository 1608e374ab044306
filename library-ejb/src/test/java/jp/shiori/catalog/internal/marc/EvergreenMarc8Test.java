package jp.shiori.catalog.internal.marc;

import static jp.shiori.catalog.internal.marc.Marc21Files.EVERGREEN_MARC8;
import static jp.shiori.catalog.internal.marc.Marc21Files.draft;
import static jp.shiori.catalog.internal.marc.Marc21Files.drafts;
import static jp.shiori.catalog.internal.marc.Marc21Files.readAll;
import static jp.shiori.catalog.internal.marc.Marc21Files.skipped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evergreen's jazz records, MARC-8 encoded (leader/09 blank). Expected values are copied from
 * {@code yaz-marcdump -f MARC-8 -t UTF-8 -o line evergreen-jazz-1k.marc8.mrc}, which writes accents as
 * combining characters; the drafts hold them composed (ö is U+00F6).
 */
class EvergreenMarc8Test {

    private static List<MarcReadResult> results;
    private static List<TitleDraft> drafts;

    @BeforeAll
    static void readTheFile() {
        results = readAll(EVERGREEN_MARC8);
        drafts = drafts(results);
    }

    @Test
    void everyOneOfTheThousandRecordsIsReadOrSkipped() {
        // yaz-marcdump finds 1000 records, each with a 245 $a.
        assertEquals(1000, results.size());
        assertEquals(1000, drafts.size());
        assertEquals(List.of(), skipped(results));
    }

    @Test
    void marc8DiacriticsComeOutAsComposedUnicode() {
        // 001 03-0017438: 100 10 $a Jarrett, Keith / 245 1 $a The Köln concert
        TitleDraft koeln = draft(drafts, "03-0017438");
        assertEquals("The K\u00f6ln concert", koeln.title());
        assertEquals(List.of(new Contributor("Jarrett, Keith", null, null)), koeln.contributors());
        // 001 03-0016340: 100 1 $a Durán, Hilario / 245 00 $a Killer tumbao / $c Hilario Durán and ...
        TitleDraft killerTumbao = draft(drafts, "03-0016340");
        assertEquals("Killer tumbao", killerTumbao.title());
        assertEquals(
                new Contributor("Dur\u00e1n, Hilario", null, null),
                killerTumbao.contributors().get(0));
        // 001 03-0017123: 110 $a Vuja Dé (Musical group) / 245 $a Mudanças
        TitleDraft mudancas = draft(drafts, "03-0017123");
        assertEquals("Mudan\u00e7as", mudancas.title());
        assertEquals(
                "Vuja D\u00e9 (Musical group)", mudancas.contributors().get(0).name());
    }

    @Test
    void noTextKeepsAMarc8EscapeOrAReplacementCharacterAndAllIsComposed() {
        List<String> texts = drafts.stream().flatMap(EvergreenMarc8Test::texts).toList();

        assertTrue(texts.size() > 4000);
        for (String text : texts) {
            assertFalse(text.contains("\u001b"), text);
            assertFalse(text.contains("\ufffd"), text);
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), text);
        }
    }

    @Test
    void aRecordWithoutControlNumberIsReadWithoutSourceId() {
        // The 987th record has no 001 and no 003: 245 03 $a Le théâtre de Pagnol : $b personnages et thèmes ...
        TitleDraft pagnol = drafts.get(986);
        assertNull(pagnol.sourceId());
        assertEquals("MARC", pagnol.source());
        assertEquals(
                "Le th\u00e9\u00e2tre de Pagnol : personnages et th\u00e8mes dans les oeuvres de jeunesse",
                pagnol.title());
        // 100 1 $a Gounelle Kline, P.: an initial keeps its period
        assertEquals("Gounelle Kline, P.", pagnol.contributors().get(0).name());
    }

    @Test
    void subjectsJoinTheirGeneralSubdivisionWithDoubleHyphens() {
        // 650  0 $a Jazz $x Cuba
        assertEquals(List.of("Jazz--Cuba"), draft(drafts, "03-0016340").subjects());
    }

    @Test
    void theLeaderTellsSoundRecordingsScoresAndBooksApart() {
        // Leader/06-07 as counted in yaz-marcdump's output: jm 505 + jc 78 + js 1, gm 13, am 171, as 2,
        // cm 229 + dm 1 (printed and manuscript music, which the catalog has no type for).
        Map<MaterialType, Long> counts =
                drafts.stream().collect(Collectors.groupingBy(TitleDraft::materialType, Collectors.counting()));

        assertEquals(
                Map.of(
                        MaterialType.CD,
                        584L,
                        MaterialType.DVD,
                        13L,
                        MaterialType.BOOK,
                        171L,
                        MaterialType.MAGAZINE,
                        2L,
                        MaterialType.OTHER,
                        230L),
                counts);
    }

    private static Stream<String> texts(TitleDraft draft) {
        return Stream.of(
                        Stream.of(draft.title(), draft.publisher(), draft.seriesTitle(), draft.summary()),
                        draft.contributors().stream().map(Contributor::name),
                        draft.subjects().stream())
                .flatMap(Function.identity())
                .filter(text -> text != null);
    }
}
