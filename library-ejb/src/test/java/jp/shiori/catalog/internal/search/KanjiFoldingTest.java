package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variant and old-form kanji meet their modern form through the real analysers, for every pair that the
 * 常用漢字表, 人名用漢字 and 表外漢字字体表 tables in {@code shared/data/kanji-variants} list (read here from
 * shared/, as the build reads them).
 */
class KanjiFoldingTest {

    private static final Analyzer INDEX = CatalogAnalyzers.forIndex();
    private static final Analyzer QUERY = CatalogAnalyzers.forQuery();

    @Test
    void everyPairOfTheNationalTablesFoldsToOneFormInEveryField() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        pairs.addAll(csvPairs("joyo-variants.txt"));
        pairs.addAll(csvPairs("jinmei-variants.txt"));
        pairs.addAll(csvPairs("hyogai-variants.txt"));
        assertTrue(pairs.size() >= 500, pairs.size() + " pairs");

        int checked = 0;
        for (String[] pair : pairs) {
            if (pair[0].equals(pair[1])) {
                continue; // a compatibility character that NFKC already makes the same
            }
            for (String field : List.of(CatalogFields.TITLE, CatalogFields.TITLE_BIGRAM, CatalogFields.AUTHOR)) {
                String a = "森" + pair[0] + "外";
                String b = "森" + pair[1] + "外";
                assertEquals(terms(INDEX, field, a), terms(INDEX, field, b), field + ": " + a + " / " + b);
                assertEquals(terms(QUERY, field, a), terms(QUERY, field, b), field + ": " + a + " / " + b);
            }
            checked++;
        }
        assertTrue(checked >= 100, checked + " pairs checked");
    }

    @ParameterizedTest
    @CsvSource({
        "鷗, 鴎", "龍, 竜", "邊, 辺", "邉, 辺", "髙, 高", "﨑, 崎", "德, 徳", "櫻, 桜", "國, 国", "澤, 沢", "齋, 斎", "齊, 斉", "濱, 浜", "藝, 芸",
        "辯, 弁", "瓣, 弁", "辨, 弁", "𠮷, 吉", "廣, 広", "學, 学"
    })
    void theFormsReadersMeetInNamesFoldToTheModernForm(String variant, String modern) {
        assertEquals(modern, KanjiFolding.fold(variant));
        assertEquals(
                terms(QUERY, CatalogFields.TITLE_BIGRAM, "森" + modern),
                terms(QUERY, CatalogFields.TITLE_BIGRAM, "森" + variant));
    }

    @ParameterizedTest
    @CsvSource({"着, 著", "柵, 棚", "紋, 絞", "廉, 簾", "担, 栃"})
    void charactersOfTodaysTablesThatJisPairsByGlyphStayApart(String one, String other) {
        assertNotEquals(KanjiFolding.fold(one), KanjiFolding.fold(other));
    }

    @Test
    void theIterationMarkIsTheKanjiAgain() {
        assertEquals("佐佐木", KanjiFolding.fold("佐々木"));
        for (Analyzer analyzer : List.of(INDEX, QUERY)) {
            assertEquals(
                    terms(analyzer, CatalogFields.AUTHOR_BIGRAM, "佐佐木"),
                    terms(analyzer, CatalogFields.AUTHOR_BIGRAM, "佐々木"));
            assertEquals(terms(analyzer, CatalogFields.TITLE, "時時"), terms(analyzer, CatalogFields.TITLE, "時々"));
        }
    }

    @ParameterizedTest
    @CsvSource({"学問のすゝめ, 学問のすすめ", "いすゞ, いすず", "こゝろ, こころ", "バナヽ, バナナ", "みすゞ, みすず", "はゞ, はば"})
    void kanaIterationMarksAreTheKanaAgain(String marked, String written) {
        assertEquals(written, KanjiFolding.fold(marked));
    }

    @ParameterizedTest
    @CsvSource({
        "コンピューター, コンピュータ",
        "ノルウェイ, ノルウエイ",
        "きゃっと, キヤツト",
        "ヱビス, エビス",
        "とうきょー, トウキヨ",
    })
    void readingsMeetWhateverTheirSmallKanaAndLongVowels(String typed, String stored) {
        assertEquals(Readings.canonical(stored), Readings.canonical(typed));
    }

    @Test
    void aReadingIsDerivedFromTheModernForm() {
        assertEquals(Readings.derive("森鴎外"), Readings.derive("森鷗外"));
    }

    private static List<String[]> csvPairs(String file) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(tables().resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.contains("<rev>") || line.contains("<name>")) {
                continue;
            }
            String[] cols = line.split(",");
            pairs.add(new String[] {clean(cols[0]), clean(cols[2])});
        }
        return pairs;
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder();
        text.strip().codePoints().filter(cp -> cp < 0xE0100 || cp > 0xE01EF).forEach(out::appendCodePoint);
        return TitleDocuments.nfkc(out.toString());
    }

    /** shared/data/kanji-variants beside the clone, found by walking up; or -Dshiori.kanji.variants. */
    static Path tables() {
        String given = System.getProperty("shiori.kanji.variants");
        if (given != null && Files.isDirectory(Path.of(given))) {
            return Path.of(given);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("kanji-variants");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "no shared/data/kanji-variants above " + Path.of("").toAbsolutePath());
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        return CatalogQueries.terms(analyzer, field, TitleDocuments.searchable(text));
    }
}
