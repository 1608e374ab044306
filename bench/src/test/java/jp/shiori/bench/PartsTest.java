package jp.shiori.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small pieces the three programs are made of. */
class PartsTest {

    @Test
    void copyTextEscapesBackslashTabAndLineBreaks() {
        StringBuilder out = new StringBuilder();
        CopyRows.escape(out, "a\\b\tc\nd\re 銀河");
        assertEquals("a\\\\b\\tc\\nd\\re 銀河", out.toString());
    }

    @Test
    void kanaIsConvertedBothWaysAndReadingsDropPunctuation() {
        assertEquals("ギンガテツドウ", Kana.toKatakana("ぎんがてつどう"));
        assertEquals("ほっかいどう", Kana.toHiragana("ホッカイドウ"));
        assertEquals("クリスマス イーヴ", Kana.readingOfKanaText("クリスマス・イーヴ"));
        assertEquals("ネコ ドコイクノ", Kana.readingOfKanaText("ねこ、どこいくの"));
        assertTrue(Kana.isKanaOnly("アンデルセン ハンス・クリスチャン"));
        assertFalse(Kana.isKanaOnly("銀河鉄道の夜"));
        assertFalse(Kana.isKanaOnly("アレン リリー・Ｌ"));
        assertFalse(Kana.isKanaOnly("・"));
    }

    @Test
    void optionsReadDurationsAndRefuseUnknownNames() {
        assertEquals(Duration.ofSeconds(30), Options.duration("30s"));
        assertEquals(Duration.ofMinutes(2), Options.duration("2m"));
        assertEquals(Duration.ofMillis(500), Options.duration("500ms"));
        assertEquals(Duration.ofSeconds(120), Options.duration("120"));
        Options o = Options.parse(new String[] { "--clients", "20", "--replace", "--seed=7" },
                Set.of("clients", "seed"), Set.of("replace"));
        assertEquals(20, o.integer("clients", 1));
        assertEquals(7, o.number("seed", 42));
        assertTrue(o.flag("replace"));
        assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] { "--clinets", "20" }, Set.of("clients"), Set.of()));
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, Latencies.percentile(sorted, 0.50));
        assertEquals(95, Latencies.percentile(sorted, 0.95));
        assertEquals(99, Latencies.percentile(sorted, 0.99));
        assertEquals(7, Latencies.percentile(new long[] { 7 }, 0.99));
        Latencies l = new Latencies();
        l.record(1_200, 0);
        l.record(800, 35);
        l.error();
        Latencies.Summary s = l.summarize();
        assertEquals(2, s.count());
        assertEquals(1, s.errors());
        assertEquals(800, s.p50());
        assertEquals(1_200, s.max());
        assertEquals(1, s.zeroHits());
    }

    @Test
    void theHitCountIsReadFromTheSearchResult() {
        assertEquals(1234, SearchLoad.total("{\"facets\":{},\"hits\":[],\"page\":1,\"size\":20,\"total\":1234}"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, SearchLoad.total("{\"total\": 0}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(-1, SearchLoad.total("{\"code\":\"invalid-search\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theJobApiIsReadWithoutAJsonLibrary() {
        // As GET /api/v1/ops/executions/{id} answers.
        String json = "{\"done\":1200,\"executionId\":17,\"jobName\":\"catalog-reindex\",\"parameters\":{},"
                + "\"startedAt\":\"2026-11-29T03:00:00Z\",\"status\":\"STARTED\",\"total\":500000}";
        assertEquals(17, ReindexTimer.JsonFields.number(json, "executionId").getAsLong());
        assertEquals("STARTED", ReindexTimer.JsonFields.string(json, "status").orElseThrow());
        assertEquals(1200, ReindexTimer.JsonFields.number(json, "done").getAsLong());
        assertEquals(500000, ReindexTimer.JsonFields.number(json, "total").getAsLong());
        assertEquals("2026-11-29T03:00:00Z", ReindexTimer.JsonFields.string(json, "startedAt").orElseThrow());
    }
}
