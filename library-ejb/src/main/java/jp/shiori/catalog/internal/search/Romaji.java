package jp.shiori.catalog.internal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Romaji (Hepburn) for readings, in one folded form that a reader's spelling also reaches: no macrons or
 * circumflexes, long vowels as one vowel (shōgeki = shougeki = shogeki), ん as n before b/m/p as well
 * (shimbun = shinbun), no apostrophes. A catalogue's romanisation (the NDL's 880 fields) is spelled from
 * the same kana reading the index keeps, so the index derives it from that reading.
 */
final class Romaji {

    private static final Map<String, String> DIGRAPHS = Map.ofEntries(
            Map.entry("キャ", "kya"),
            Map.entry("キュ", "kyu"),
            Map.entry("キョ", "kyo"),
            Map.entry("シャ", "sha"),
            Map.entry("シュ", "shu"),
            Map.entry("ショ", "sho"),
            Map.entry("シェ", "she"),
            Map.entry("チャ", "cha"),
            Map.entry("チュ", "chu"),
            Map.entry("チョ", "cho"),
            Map.entry("チェ", "che"),
            Map.entry("ニャ", "nya"),
            Map.entry("ニュ", "nyu"),
            Map.entry("ニョ", "nyo"),
            Map.entry("ヒャ", "hya"),
            Map.entry("ヒュ", "hyu"),
            Map.entry("ヒョ", "hyo"),
            Map.entry("ミャ", "mya"),
            Map.entry("ミュ", "myu"),
            Map.entry("ミョ", "myo"),
            Map.entry("リャ", "rya"),
            Map.entry("リュ", "ryu"),
            Map.entry("リョ", "ryo"),
            Map.entry("ギャ", "gya"),
            Map.entry("ギュ", "gyu"),
            Map.entry("ギョ", "gyo"),
            Map.entry("ジャ", "ja"),
            Map.entry("ジュ", "ju"),
            Map.entry("ジョ", "jo"),
            Map.entry("ジェ", "je"),
            Map.entry("ヂャ", "ja"),
            Map.entry("ヂュ", "ju"),
            Map.entry("ヂョ", "jo"),
            Map.entry("ビャ", "bya"),
            Map.entry("ビュ", "byu"),
            Map.entry("ビョ", "byo"),
            Map.entry("ピャ", "pya"),
            Map.entry("ピュ", "pyu"),
            Map.entry("ピョ", "pyo"),
            Map.entry("ティ", "ti"),
            Map.entry("ディ", "di"),
            Map.entry("トゥ", "tu"),
            Map.entry("ドゥ", "du"),
            Map.entry("ファ", "fa"),
            Map.entry("フィ", "fi"),
            Map.entry("フェ", "fe"),
            Map.entry("フォ", "fo"),
            Map.entry("ウィ", "wi"),
            Map.entry("ウェ", "we"),
            Map.entry("ウォ", "wo"),
            Map.entry("ヴァ", "va"),
            Map.entry("ヴィ", "vi"),
            Map.entry("ヴェ", "ve"),
            Map.entry("ヴォ", "vo"),
            Map.entry("ツァ", "tsa"),
            Map.entry("イェ", "ye"));

    private static final String KANA =
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン" + "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォャュョヮ";
    private static final String[] ROMAJI = {
        "a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi", "tsu", "te",
        "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu",
        "yo", "ra", "ri", "ru", "re", "ro", "wa", "i", "e", "o", "n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu",
        "ze", "zo", "da", "ji", "zu", "de", "do", "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po", "vu", "a",
        "i", "u", "e", "o", "ya", "yu", "yo", "wa"
    };

    private Romaji() {}

    /** The folded romaji words of a katakana (or hiragana) reading whose words are separated by spaces. */
    static List<String> words(String reading) {
        List<String> words = new ArrayList<>();
        if (reading == null) {
            return words;
        }
        for (String word : Readings.katakana(reading).split(" ")) {
            String romaji = fold(hepburn(word));
            if (!romaji.isEmpty()) {
                words.add(romaji);
            }
        }
        return words;
    }

    /** Hepburn for one katakana word; characters that are no kana are kept (EPUB, 10). */
    static String hepburn(String katakana) {
        StringBuilder out = new StringBuilder();
        boolean doubleNext = false;
        for (int i = 0; i < katakana.length(); i++) {
            char c = katakana.charAt(i);
            String syllable = null;
            if (i + 1 < katakana.length()) {
                syllable = DIGRAPHS.get(katakana.substring(i, i + 2));
                if (syllable != null) {
                    i++;
                }
            }
            if (syllable == null) {
                if (c == 'ッ') {
                    doubleNext = true;
                    continue;
                }
                if (c == 'ー') {
                    if (!out.isEmpty()) {
                        out.append(out.charAt(out.length() - 1));
                    }
                    continue;
                }
                int k = KANA.indexOf(c);
                syllable = k >= 0 ? ROMAJI[k] : String.valueOf(c);
            }
            if (doubleNext) {
                out.append(syllable.startsWith("ch") ? 't' : syllable.charAt(0));
                doubleNext = false;
            }
            out.append(syllable);
        }
        return out.toString();
    }

    /**
     * The folded form of romaji as a reader types it or a catalogue spells it: lower case, no marks over
     * vowels, no apostrophes or hyphens, long vowels single, m before b/m/p as n.
     */
    static String fold(String latin) {
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return plain.replaceAll("ou|oo|oh(?![aeiou])", "o")
                .replaceAll("uu", "u")
                .replaceAll("aa", "a")
                .replaceAll("ii", "i")
                .replaceAll("ee", "e")
                .replaceAll("m(?=[bmp])", "n");
    }

    /** Whether a query word is romaji that could be a reading (Latin letters, possibly with macrons). */
    static boolean isLatin(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return !plain.isEmpty()
                && plain.chars()
                        .allMatch(
                                ch -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '\'' || ch == '-');
    }
}
