package jp.shiori.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.NewArrival;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.catalog.TitleSummary;
import org.junit.jupiter.api.Test;

/** One mail per alert: its titles with the details the issue names, "and N more", and a link that is signed. */
class NewArrivalMailTest {

    private static final AlertConditions CAKE =
            new AlertConditions("ケーキ", null, null, null, null, "596", MaterialType.BOOK, null, null);

    private static NewArrival cakeBook(long id) {
        return new NewArrival(
                new TitleSummary(
                        id,
                        "はじめてのケーキ作り " + id,
                        null,
                        List.of("山田 花子"),
                        "釧路書房",
                        2026,
                        MaterialType.BOOK,
                        "596.65",
                        1,
                        1,
                        true),
                Instant.parse("2026-11-30T21:00:00Z"),
                List.of("central", "west"));
    }

    private static Map<String, String> mail(NewArrivals arrivals) {
        return NewArrivalMail.parameters(
                "ja",
                "釧路 花子",
                "釧路市図書館",
                "お菓子作りの新刊",
                CAKE,
                arrivals,
                code -> code.equals("central") ? "中央図書館" : "西分館",
                "https://opac.example.jp/",
                "https://u");
    }

    @Test
    void eachTitleComesWithAuthorPublisherYearBranchesAndItsPage() {
        Map<String, String> p = mail(new NewArrivals(1, List.of(cakeBook(7))));
        String titles = p.get("titles");
        assertTrue(titles.contains("1. はじめてのケーキ作り 7"), titles);
        assertTrue(titles.contains("山田 花子 / 釧路書房 / 2026"), titles);
        assertTrue(titles.contains("中央図書館、西分館"), titles);
        assertTrue(titles.contains("https://opac.example.jp/title.xhtml?id=7"), titles);
        assertEquals("", p.get("more"));
        assertEquals("お菓子作りの新刊", p.get("mailTitle"));
    }

    @Test
    void aCappedListSaysHowManyMoreThereAre() {
        Map<String, String> p = mail(new NewArrivals(25, List.of(cakeBook(1), cakeBook(2))));
        assertTrue(p.get("more").contains("ほか 23 件"), p.get("more"));
        assertTrue(
                p.get("resultLink").startsWith("https://opac.example.jp/search.xhtml?q=%E3%82%B1"),
                p.get("resultLink"));
        assertTrue(p.get("resultLink").contains("ndc=596&type=BOOK&sort=NEWEST"), p.get("resultLink"));
    }

    @Test
    void theUnsubscribeSignatureFitsOnlyItsAlert() {
        UnsubscribeSignature signature = new UnsubscribeSignature("k".repeat(64));
        String mine = signature.sign(41);
        assertTrue(signature.verify(41, mine));
        assertFalse(signature.verify(42, mine));
        assertFalse(signature.verify(41, mine.substring(1) + "A"));
        assertFalse(signature.verify(41, null));
        assertFalse(new UnsubscribeSignature("x".repeat(64)).verify(41, mine));
    }
}
