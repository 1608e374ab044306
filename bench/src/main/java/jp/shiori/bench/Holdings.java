package jp.shiori.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.shiori.bench.CatalogModel.BenchTitle;
import jp.shiori.bench.CatalogModel.Shelf;

/**
 * The copies (items) of the benchmark catalog, as a pure function of the item number like the titles:
 * every title gets one copy first, the rest go 60% to a popular fifth of the titles. Copies are spread
 * over the branches by size (the central library holds most), children's books lean to the bookmobile.
 */
final class Holdings {

    private static final long ITEM_SALT = 0x6974656DL;
    /** Relative collection sizes; a branch code not listed here (another city) counts as 10. */
    private static final Map<String, Integer> BRANCH_WEIGHT = Map.of("central", 40, "west", 12, "east", 12,
            "central-district", 12, "onbetsu", 4, "akan", 4, "bookmobile", 6);

    record BenchItem(long index, String barcode, int titleIndex, int branch, String shelfLocation,
            String callNumber, boolean loanable, String status, LocalDate dueOn, LocalDate acquiredOn) {
    }

    private final CatalogModel catalog;
    private final long seed;
    private final int titles;
    private final long items;
    private final List<String> branchCodes;

    Holdings(CatalogModel catalog, long seed, int titles, long items, List<String> branchCodes) {
        if (titles < 1 && items > 0) {
            throw new IllegalArgumentException("items need titles");
        }
        if (branchCodes.isEmpty()) {
            throw new IllegalArgumentException("items need branches");
        }
        this.catalog = catalog;
        this.seed = seed;
        this.titles = titles;
        this.items = items;
        this.branchCodes = List.copyOf(branchCodes);
    }

    int titleOf(long j, SplittableRandom r) {
        if (j < titles) {
            return (int) j;
        }
        return r.nextDouble() < 0.6 ? r.nextInt(Math.max(1, titles / 5)) : r.nextInt(titles);
    }

    /** Item {@code j} with its title, which the caller may have at hand already. */
    BenchItem item(long j) {
        SplittableRandom r = random(j);
        return item(j, r, catalog.title(titleOf(j, r)));
    }

    SplittableRandom random(long j) {
        return new SplittableRandom(CatalogModel.mix(seed, j, ITEM_SALT));
    }

    BenchItem item(long j, SplittableRandom r, BenchTitle t) {
        if (j < 0 || j >= items) {
            throw new IllegalArgumentException("no item " + j);
        }
        LocalDate asOf = catalog.asOf();
        int branch = branch(t, r);
        boolean bookmobile = branchCodes.get(branch).equals("bookmobile");
        String shelf = bookmobile ? "車内書架"
                : t.year() < 1980 && !t.children() && r.nextDouble() < 0.3 ? "書庫" : t.shelf().label;
        LocalDate earliest = asOf.minusYears(20).isAfter(LocalDate.of(t.year(), 1, 1)) ? asOf.minusYears(20)
                : LocalDate.of(t.year(), 1, 1);
        LocalDate acquired = CatalogModel.between(earliest, asOf, r);
        // 禁帯出: most copies of reference works, part of local history, the newest magazine issue, and a few others.
        boolean loanable = !(t.reference() && r.nextDouble() < 0.6)
                && !(t.shelf() == Shelf.LOCAL && r.nextDouble() < 0.3)
                && !(t.materialType().equals("MAGAZINE") && acquired.isAfter(asOf.minusDays(30)))
                && r.nextDouble() >= 0.035;
        double s = r.nextDouble();
        String status;
        if (loanable) {
            status = s < 0.21 ? "ON_LOAN" : s < 0.22 ? "ON_HOLD_SHELF" : s < 0.23 ? "IN_TRANSIT"
                    : s < 0.235 ? "MISSING" : s < 0.24 ? "WITHDRAWN" : "AVAILABLE";
        } else {
            status = s < 0.01 ? "MISSING" : s < 0.02 ? "WITHDRAWN" : "AVAILABLE";
        }
        LocalDate due = status.equals("ON_LOAN") ? asOf.plusDays(-4 + r.nextInt(19)) : null;
        return new BenchItem(j, barcode(j), t.index(), branch, shelf, t.callNumber(), loanable, status, due, acquired);
    }

    private int branch(BenchTitle t, SplittableRandom r) {
        double[] cumulative = new double[branchCodes.size()];
        double sum = 0;
        for (int b = 0; b < cumulative.length; b++) {
            String code = branchCodes.get(b);
            double w = BRANCH_WEIGHT.getOrDefault(code, 10);
            if (t.children() && code.equals("bookmobile")) {
                w *= 4;
            } else if (t.shelf() == Shelf.LOCAL && code.equals("central")) {
                w *= 3;
            }
            sum += w;
            cumulative[b] = sum;
        }
        double u = r.nextDouble() * sum;
        for (int b = 0; b < cumulative.length; b++) {
            if (u < cumulative[b]) {
                return b;
            }
        }
        return cumulative.length - 1;
    }

    /** Twelve digits: 9, the item number, and a Luhn check digit, as label printers make them. */
    static String barcode(long j) {
        String number = Long.toString(j + 1);
        String body = "9" + "0000000000".substring(Math.min(10, number.length())) + number;
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }
}
