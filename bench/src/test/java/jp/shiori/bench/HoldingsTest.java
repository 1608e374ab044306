package jp.shiori.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.shiori.bench.Holdings.BenchItem;
import org.junit.jupiter.api.Test;

class HoldingsTest {

    private static final int TITLES = 5_000;
    private static final int ITEMS = 20_000;
    private static final List<String> KUSHIRO = List.of("central", "onbetsu", "akan", "west", "east",
            "central-district", "bookmobile");
    private static final CatalogModel CATALOG = TestCatalog.model(42);
    private static final Holdings HOLDINGS = new Holdings(CATALOG, 42, TITLES, ITEMS, KUSHIRO);

    @Test
    void barcodesAreTwelveUniqueDigitsWithACheckDigit() {
        Set<String> seen = new HashSet<>();
        for (long j = 0; j < ITEMS; j++) {
            String barcode = Holdings.barcode(j);
            assertTrue(barcode.matches("\\d{12}"), barcode);
            assertTrue(seen.add(barcode), barcode);
            assertTrue(luhnValid(barcode), barcode);
        }
    }

    @Test
    void everyTitleHasACopyAndPopularTitlesHaveMore() {
        int[] copies = new int[TITLES];
        for (long j = 0; j < ITEMS; j++) {
            copies[HOLDINGS.item(j).titleIndex()]++;
        }
        for (int c : copies) {
            assertTrue(c >= 1);
        }
        double popular = 0;
        for (int i = 0; i < TITLES / 5; i++) {
            popular += copies[i];
        }
        assertTrue(popular / (TITLES / 5) > 2 * (ITEMS - popular) / (TITLES - TITLES / 5.0));
    }

    @Test
    void aFifthOfCopiesAreOnLoanWithADueDateAndAFewAreNotLoanable() {
        int onLoan = 0;
        int notLoanable = 0;
        LocalDate asOf = CATALOG.asOf();
        for (long j = 0; j < ITEMS; j++) {
            BenchItem item = HOLDINGS.item(j);
            if (item.status().equals("ON_LOAN")) {
                onLoan++;
                assertTrue(item.loanable());
                assertNotNull(item.dueOn());
            } else {
                assertNull(item.dueOn());
            }
            notLoanable += item.loanable() ? 0 : 1;
            assertTrue(!item.acquiredOn().isBefore(asOf.minusYears(20)) && !item.acquiredOn().isAfter(asOf));
            assertTrue(item.acquiredOn().getYear() >= CATALOG.title(item.titleIndex()).year());
        }
        assertEquals(0.20, onLoan / (double) ITEMS, 0.015);
        assertEquals(0.05, notLoanable / (double) ITEMS, 0.015);
    }

    @Test
    void copiesAreSpreadOverAllBranchesMostAtTheCentralLibrary() {
        int[] perBranch = new int[KUSHIRO.size()];
        for (long j = 0; j < ITEMS; j++) {
            perBranch[HOLDINGS.item(j).branch()]++;
        }
        for (int b = 0; b < perBranch.length; b++) {
            assertTrue(perBranch[b] > 0, KUSHIRO.get(b));
            assertTrue(perBranch[0] >= perBranch[b]);
        }
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
