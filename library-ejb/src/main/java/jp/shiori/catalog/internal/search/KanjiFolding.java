package jp.shiori.catalog.internal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Folds variant and old-form kanji (異体字・旧字体) to their modern form — 鷗 → 鴎, 龍 → 竜, 邊 and 邉 → 辺,
 * 櫻 → 桜 — and writes out the iteration mark (佐々木 → 佐佐木), so that text and query meet whichever form
 * either was typed in. The table is {@code kanji-folding.tsv} beside this class, which the build derives
 * from the national standards' tables in {@code shared/data/kanji-variants} (see
 * {@code library-ejb/src/build/java/KanjiFoldingTable.java}).
 */
public final class KanjiFolding {

    private static final String TABLE = "kanji-folding.tsv";
    /** A kanji followed by 々 (or more of them): each mark repeats the kanji. */
    private static final Pattern ITERATION = Pattern.compile("(\\p{IsHan})々");

    private static final Map<Integer, Integer> FOLDING = load();
    private static final NormalizeCharMap CHAR_MAP = charMap();

    private KanjiFolding() {}

    /** The variant → modern form pairs of the table. */
    public static Map<Integer, Integer> table() {
        return FOLDING;
    }

    /** {@code text} as the index sees it: modern forms, 々 and the kana marks ゝゞヽヾ written out. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String kanji = ITERATION.matcher(modernForms(text)).replaceAll("$1$1");
        if (kanji.indexOf('ゝ') < 0 && kanji.indexOf('ゞ') < 0 && kanji.indexOf('ヽ') < 0 && kanji.indexOf('ヾ') < 0) {
            return kanji;
        }
        StringBuilder out = new StringBuilder(kanji.length());
        int previous = -1;
        for (int i = 0; i < kanji.length(); i++) {
            char c = kanji.charAt(i);
            boolean mark = c == 'ゝ' || c == 'ゞ' || c == 'ヽ' || c == 'ヾ';
            if (mark && isKana(previous)) {
                // すゝめ → すすめ, いすゞ → いすず: the kana again, voiced for ゞ/ヾ when it has a voiced form.
                int repeated = (c == 'ゞ' || c == 'ヾ') && hasVoiced(previous) ? previous + 1 : previous;
                out.append((char) repeated);
            } else {
                out.append(c);
                previous = c;
            }
        }
        return out.toString();
    }

    private static boolean isKana(int c) {
        return (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ');
    }

    /** か…ぢ, つ…ど, は…ぽ rows (hiragana and katakana): the next code point is the voiced kana. */
    private static boolean hasVoiced(int c) {
        int h = c >= 'ァ' ? c - 0x60 : c;
        return (h >= 'か' && h <= 'ぢ' && (h - 'か') % 2 == 0)
                || (h >= 'つ' && h <= 'ど' && (h - 'つ') % 2 == 0)
                || (h >= 'は' && h <= 'ぽ' && (h - 'は') % 3 == 0);
    }

    /** The modern form of every character of {@code text}; other characters (and 々) are kept. */
    public static String modernForms(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(FOLDING.getOrDefault(cp, cp)));
        return out.toString();
    }

    /**
     * Wraps an analyser's input so that every field folds variants before it is cut into terms. (々 is
     * written out on the text before, by {@link #fold}: a pattern char filter shifts the offsets that the
     * bigram filter reads to join neighbours.)
     */
    static Reader folding(Reader reader) {
        return new MappingCharFilter(CHAR_MAP, reader);
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> table = new TreeMap<>();
        try (InputStream in = KanjiFolding.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(
                        TABLE + " is missing: the build derives it from shared/data/kanji-variants");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                table.put(pair[0].codePointAt(0), pair[1].codePointAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(table);
    }

    private static NormalizeCharMap charMap() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        FOLDING.forEach((variant, modern) ->
                map.add(new String(Character.toChars(variant)), new String(Character.toChars(modern))));
        return map.build();
    }
}
