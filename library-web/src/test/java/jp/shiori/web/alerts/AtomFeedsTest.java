package jp.shiori.web.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.NewArrival;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.catalog.TitleSummary;
import org.junit.jupiter.api.Test;

/** The feeds are Atom 1.0 as a real feed parser (ROME's) reads it back. */
class AtomFeedsTest {

    @Test
    void aFeedOfNewArrivalsIsValidAtomWithOneEntryPerTitle() throws Exception {
        Instant arrived = Instant.parse("2026-11-30T21:00:00Z");
        NewArrivals arrivals = new NewArrivals(
                2,
                List.of(
                        new NewArrival(
                                new TitleSummary(
                                        7,
                                        "はじめてのケーキ作り",
                                        null,
                                        List.of("山田 花子"),
                                        "釧路書房",
                                        2026,
                                        MaterialType.BOOK,
                                        "596.65",
                                        1,
                                        1,
                                        true),
                                arrived,
                                List.of("central")),
                        new NewArrival(
                                new TitleSummary(
                                        8,
                                        "パンの本 <改訂版> & more",
                                        null,
                                        List.of(),
                                        null,
                                        null,
                                        MaterialType.BOOK,
                                        "596.63",
                                        1,
                                        1,
                                        true),
                                arrived.minusSeconds(60),
                                List.of())));
        String xml = AtomFeeds.atom(
                "お菓子作りの新刊",
                "https://opac.example.jp/api/v1/feeds/alerts/abc",
                "https://opac.example.jp/",
                arrivals,
                code -> "中央図書館",
                Instant.now());

        Feed feed = (Feed) new WireFeedInput(true, java.util.Locale.JAPANESE).build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("お菓子作りの新刊", feed.getTitle());
        assertEquals("https://opac.example.jp/api/v1/feeds/alerts/abc", feed.getId());
        assertTrue(feed.getUpdated().toInstant().equals(arrived));
        List<Entry> entries = feed.getEntries();
        assertEquals(2, entries.size());
        assertEquals("はじめてのケーキ作り", entries.get(0).getTitle());
        assertEquals(
                "https://opac.example.jp/title.xhtml?id=7",
                entries.get(0).getAlternateLinks().get(0).getHref());
        assertEquals("https://opac.example.jp/title.xhtml?id=7", entries.get(0).getId());
        assertEquals("山田 花子", entries.get(0).getAuthors().get(0).getName());
        assertTrue(entries.get(0).getSummary().getValue().contains("中央図書館"));
        assertEquals("パンの本 <改訂版> & more", entries.get(1).getTitle());
        assertTrue(xml.contains("xmlns=\"http://www.w3.org/2005/Atom\""), xml);
    }
}
