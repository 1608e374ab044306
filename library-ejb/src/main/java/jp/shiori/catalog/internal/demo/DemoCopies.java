package jp.shiori.catalog.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.catalog.internal.search.Readings;

/**
 * Copies for a demo title, the same on every run: one to three copies spread over the branches, about
 * one in ten reference-only (禁帯出), acquired over the last fifteen years, each labelled with a call number as a
 * Japanese library forms it: the NDC class and the author mark (the first kana of the main author's reading, derived
 * with kuromoji when the record has none; Aozora's index has no NDC, so its copies carry the author mark alone).
 */
public final class DemoCopies {

    private DemoCopies() {}

    public static List<NewItem> of(TitleDraft draft, long titleId, List<String> branchCodes) {
        String callNumber = callNumber(draft);
        long h = mix(titleId);
        int copies = 1 + (int) Math.floorMod(h, 3L);
        List<NewItem> items = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            long hi = mix(h + i);
            String branch = branchCodes.get((int) Math.floorMod(hi, (long) branchCodes.size()));
            boolean loanable = Math.floorMod(hi >>> 8, 10L) != 0;
            LocalDate acquired = LocalDate.of(2011, 1, 1).plusDays(Math.floorMod(hi >>> 16, 15L * 365));
            String barcode = String.format("9%06d%02d", titleId, i);
            items.add(new NewItem(barcode, branch, loanable ? "開架" : "参考図書コーナー", callNumber, loanable, acquired));
        }
        return items;
    }

    /** 請求記号: "913.6 ミ" (NDC, author mark); the author mark alone when the record has no NDC; null without either. */
    static String callNumber(TitleDraft draft) {
        String ndc = draft.ndc() == null || draft.ndc().isBlank()
                ? null
                : draft.ndc().strip();
        String mark = draft.contributors().stream()
                .findFirst()
                .map(DemoCopies::authorMark)
                .orElse(null);
        if (ndc == null) {
            return mark;
        }
        return mark == null ? ndc : ndc + " " + mark;
    }

    private static String authorMark(Contributor author) {
        String reading = author.reading() == null || author.reading().isBlank()
                ? Readings.derive(author.name())
                : author.reading();
        if (reading == null || reading.isBlank()) {
            return null;
        }
        int first = reading.strip().codePointAt(0);
        if (first >= 'ぁ' && first <= 'ゖ') {
            first += 'ァ' - 'ぁ'; // hiragana to katakana: marks are written in katakana
        }
        return new String(Character.toChars(first));
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }
}
