package jp.shiori.catalog.internal.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Readings (よみ) in one canonical form: full-width katakana, no spaces or punctuation, ヂ/ヅ folded to
 * ジ/ズ as readers type them. So ぎんがてつどう, ギンガテツドウ and ｷﾞﾝｶﾞﾃﾂﾄﾞｳ all meet ギンガテツドウノヨル.
 * Small kana count as their full-size kana and the long-vowel mark as nothing, as catalogues disagree on
 * both (ノルウェイ / ノルウエイ, コンピューター / コンピュータ); ヰ and ヱ of old spellings are イ and エ.
 */
public final class Readings {

    private Readings() {}

    /** Canonical katakana form of a reading typed or stored in kana; other characters are kept as they are. */
    public static String canonical(String kana) {
        if (kana == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(kana, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (cp >= 0x3041 && cp <= 0x3096) {
                cp += 0x60; // hiragana → katakana
            }
            cp = switch (cp) {
                case 'ヂ' -> 'ジ';
                case 'ヅ' -> 'ズ';
                case 'ァ' -> 'ア';
                case 'ィ' -> 'イ';
                case 'ゥ' -> 'ウ';
                case 'ェ' -> 'エ';
                case 'ォ' -> 'オ';
                case 'ッ' -> 'ツ';
                case 'ャ' -> 'ヤ';
                case 'ュ' -> 'ユ';
                case 'ョ' -> 'ヨ';
                case 'ヮ' -> 'ワ';
                case 'ヵ' -> 'カ';
                case 'ヶ' -> 'ケ';
                case 'ヰ' -> 'イ';
                case 'ヱ' -> 'エ';
                default -> cp;
            };
            if (Character.isLetterOrDigit(cp) && cp != 'ー') {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * A reading in full-width katakana with its small kana and long-vowel marks as written and its words
     * separated by single spaces (what {@link Romaji} spells); punctuation is left out.
     */
    public static String katakana(String kana) {
        if (kana == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(kana, Normalizer.Form.NFKC).codePoints().forEach(cp -> {
            if (cp >= 0x3041 && cp <= 0x3096) {
                cp += 0x60;
            }
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || cp == '・' || cp == ',') {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            }
        });
        return out.toString().strip();
    }

    /** Whether the text is a reading a patron typed: kana (and the long-vowel mark) only. */
    public static boolean isKana(String text) {
        String c = canonical(text);
        return c != null && !c.isEmpty() && c.codePoints().allMatch(cp -> cp >= 0x30A1 && cp <= 0x30FA);
    }

    /**
     * A reading derived with kuromoji's dictionary for text that has none (the Aozora index carries no
     * readings): each word's reading, or the word itself when the dictionary does not know it.
     */
    public static String derive(String text) {
        String words = deriveWords(text);
        return words == null ? null : canonical(words);
    }

    /** The derived reading of {@link #derive} in katakana as the dictionary gives it, a space between words. */
    public static String deriveWords(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder reading = new StringBuilder();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            tokenizer.setReader(
                    new StringReader(KanjiFolding.modernForms(Normalizer.normalize(text, Normalizer.Form.NFKC))));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            ReadingAttribute word = tokenizer.addAttribute(ReadingAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (!reading.isEmpty()) {
                    reading.append(' ');
                }
                reading.append(word.getReading() != null ? word.getReading() : term.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return katakana(reading.toString());
    }
}
