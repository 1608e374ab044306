package jp.shiori.catalog.internal.marc;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.marc4j.marc.Subfield;

/**
 * The text of MARC subfields as the catalog wants it: composed Unicode, without the ISBD punctuation that
 * cataloguers put at the end of a subfield to announce the next one, and kana readings in one form.
 */
final class SubfieldText {

    // " /", " :", " ;", " =" and "," close a subfield before the next element; so can a period.
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[/:;=,]$");
    // An initial such as the "C." of "S. C." keeps its period.
    private static final Pattern TRAILING_INITIAL = Pattern.compile("(?:^|[\\s.])\\p{Lu}\\.$");
    // Inside a reading, the spaced ISBD separators between title elements ("キキヤスイ : イッポン").
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s+[/:;=]\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String TERMINAL_PUNCTUATION = ".,:;=/!?。！？";

    private SubfieldText() {}

    /**
     * NFC, so that MARC-8's base letter + combining accent (o + U+0308) becomes one character (ö). CJK
     * compatibility ideographs (塚 U+FA10) are kept: NFC would swap them for the unified ideograph, but names
     * are written with them on purpose.
     */
    static String composed(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        var composed = new StringBuilder(text.length());
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isCompatibilityIdeograph(codePoint)) {
                composed.append(Normalizer.normalize(text.substring(runStart, i), Normalizer.Form.NFC))
                        .appendCodePoint(codePoint);
                runStart = next;
            }
            i = next;
        }
        return composed.append(Normalizer.normalize(text.substring(runStart), Normalizer.Form.NFC))
                .toString();
    }

    private static boolean isCompatibilityIdeograph(int codePoint) {
        var block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT;
    }

    /** Stripped of surrounding blanks; null when nothing is left. */
    static String plain(String text) {
        String plain = text.strip();
        return plain.isEmpty() ? null : plain;
    }

    /** "晶文社," → "晶文社", "Lovano, Joe," → "Lovano, Joe", "Friendly fire /" → "Friendly fire"; null if empty. */
    static String withoutIsbdPunctuation(String text) {
        String stripped = text.strip();
        String before;
        do {
            before = stripped;
            stripped = TRAILING_SEPARATOR.matcher(stripped).replaceFirst("").strip();
            if (stripped.endsWith(".")
                    && !stripped.endsWith("...")
                    && !TRAILING_INITIAL.matcher(stripped).find()) {
                stripped = stripped.substring(0, stripped.length() - 1).strip();
            }
        } while (!stripped.equals(before));
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * Joins the title elements (245 $a $b $n $p) as the record punctuates them ("活用読本 : 電子書籍版コード付き.
     * 2019年版"); where it has no punctuation between two, " : " goes before $b and ". " before $n and $p.
     */
    static String titleOf(List<Subfield> elements) {
        var title = new StringBuilder();
        for (Subfield element : elements) {
            if (!title.isEmpty()) {
                boolean punctuated = TERMINAL_PUNCTUATION.indexOf(title.charAt(title.length() - 1)) >= 0;
                title.append(punctuated ? " " : element.getCode() == 'b' ? " : " : ". ");
            }
            title.append(composed(element.getData().strip()));
        }
        return title.isEmpty() ? null : withoutIsbdPunctuation(title.toString());
    }

    /**
     * A reading is written in kana (Latin letters and digits may be mixed in, "スグ ツカエル Mac & Office");
     * NDL's 880 for a Korean title holds hangul instead, which is no reading for us.
     */
    static boolean isKana(String text) {
        boolean kana = false;
        for (int codePoint : text.codePoints().toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL) {
                return false;
            }
            kana |= script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HIRAGANA;
        }
        return kana;
    }

    /** "コレカラ ノ ホン ノ ハナシ オ シヨウ." → "コレカラノホンノハナシオシヨウ": full-width katakana, no spaces. */
    static String titleReading(List<String> elements) {
        String joined = String.join(
                " ",
                elements.stream()
                        .map(SubfieldText::withoutIsbdPunctuation)
                        .filter(Objects::nonNull)
                        .toList());
        String reading = SPACED_SEPARATOR.matcher(katakana(joined)).replaceAll(" ");
        reading = WHITESPACE.matcher(reading).replaceAll("");
        return reading.isEmpty() ? null : reading;
    }

    /** "ハギノ, マサアキ." → "ハギノ, マサアキ": the family-name comma stays, as in the name. */
    static String nameReading(String text) {
        return withoutIsbdPunctuation(WHITESPACE.matcher(katakana(text)).replaceAll(" "));
    }

    /** NFKC (half-width kana become full-width, full-width Latin half-width), then hiragana to katakana. */
    private static String katakana(String text) {
        var katakana = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFKC)
                .codePoints()
                .forEach(codePoint -> katakana.appendCodePoint(
                        (codePoint >= 'ぁ' && codePoint <= 'ゖ') || codePoint == 'ゝ' || codePoint == 'ゞ'
                                ? codePoint + ('ァ' - 'ぁ')
                                : codePoint));
        return katakana.toString();
    }
}
