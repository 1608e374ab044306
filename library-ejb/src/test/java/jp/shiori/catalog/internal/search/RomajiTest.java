package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomajiTest {

    @ParameterizedTest
    @CsvSource({
        "シュッパン, shuppan",
        "ショウゲキ, shougeki",
        "チョサクケン, chosakuken",
        "マッチャ, matcha",
        "ジュウゴサイ, juugosai",
        "コンピューター, konpyuutaa",
        "ヂ, ji",
        "ティーパーティー, tiipaatii"
    })
    void katakanaIsSpelledInHepburn(String kana, String hepburn) {
        assertEquals(hepburn, Romaji.hepburn(kana));
    }

    @ParameterizedTest
    @CsvSource({
        "shōgeki, ショウゲキ",
        "shougeki, ショウゲキ",
        "Shogeki, ショウゲキ",
        "daihōkai, ダイホウカイ",
        "kokū, コクウ",
        "shimbun, シンブン",
        "Ōno, オオノ",
        "ohno, オオノ",
        "hyakupāsento, ヒャクパーセント"
    })
    void aReadersSpellingWithOrWithoutMacronsMeetsTheReading(String typed, String kana) {
        assertEquals(Romaji.fold(Romaji.hepburn(kana)), Romaji.fold(typed), typed);
    }

    @Test
    void aSpacedReadingGivesOneRomajiWordPerWord() {
        assertEquals(List.of("denshi", "shoseki", "no", "shogeki"), Romaji.words("デンシ ショセキ ノ ショウゲキ :"));
        assertEquals(List.of("natsume", "soseki"), Romaji.words("ナツメ, ソウセキ"));
    }

    @Test
    void onlyLatinLettersAreRomaji() {
        assertTrue(Romaji.isLatin("Shōgeki"));
        assertTrue(Romaji.isLatin("n'en"));
        assertFalse(Romaji.isLatin("猫"));
        assertFalse(Romaji.isLatin("2015"));
    }
}
