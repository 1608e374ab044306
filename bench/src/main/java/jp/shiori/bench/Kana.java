package jp.shiori.bench;

import java.util.regex.Pattern;

/** Hiragana and katakana: readings are stored in katakana, patrons type either. */
final class Kana {

    private static final Pattern SEPARATORS = Pattern.compile("[・、\\s\u3000]+");

    private Kana() {
    }

    static String toKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp));
        return out.toString();
    }

    static String toHiragana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp));
        return out.toString();
    }

    /** Whether the text is written in kana only (with ー, ・, 、 and spaces), so that its reading is certain. */
    static boolean isKanaOnly(String text) {
        boolean kana = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヶ') || c == 'ー') {
                kana = true;
            } else if (c != '・' && c != '、' && c != ' ' && c != '\u3000') {
                return false;
            }
        }
        return kana;
    }

    /**
     * The reading of a kana-only text as JAPAN/MARC writes it: katakana, words apart by a single space
     * where the text separates them (クリスマス・イーヴ → クリスマス イーヴ).
     */
    static String readingOfKanaText(String text) {
        return SEPARATORS.matcher(toKatakana(text)).replaceAll(" ").strip();
    }

    static boolean hasKanji(String text) {
        return text.codePoints().anyMatch(Kana::isKanji);
    }

    static boolean isKanji(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || cp == '々';
    }
}
