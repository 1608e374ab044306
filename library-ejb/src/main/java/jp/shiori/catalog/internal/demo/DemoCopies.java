package jp.shiori.catalog.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.catalog.NewItem;

/**
 * Copies for a demo title, the same on every run: one to three copies spread over the branches, about
 * one in ten reference-only (禁帯出), acquired over the last fifteen years.
 */
final class DemoCopies {

    private DemoCopies() {
    }

    static List<NewItem> of(long titleId, List<String> branchCodes) {
        long h = mix(titleId);
        int copies = 1 + (int) Math.floorMod(h, 3L);
        List<NewItem> items = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            long hi = mix(h + i);
            String branch = branchCodes.get((int) Math.floorMod(hi, (long) branchCodes.size()));
            boolean loanable = Math.floorMod(hi >>> 8, 10L) != 0;
            LocalDate acquired = LocalDate.of(2011, 1, 1).plusDays(Math.floorMod(hi >>> 16, 15L * 365));
            String barcode = String.format("9%06d%02d", titleId, i);
            items.add(new NewItem(barcode, branch, loanable ? "開架" : "参考図書コーナー", null, loanable, acquired));
        }
        return items;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }
}
