package jp.shiori.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.shiori.catalog.MaterialType;
import jp.shiori.patron.PatronCategory;
import org.junit.jupiter.api.Test;

class LoanPoliciesTest {

    private static final LoanPolicy STANDARD = new LoanPolicy("standard", 14, 10, 1, 14);
    private static final LoanPolicy AV = new LoanPolicy("audio-visual", 7, 10, 0, 7);
    private static final LoanPolicy CHILD_AV = new LoanPolicy("child-av", 10, 5, 1, 7);
    private static final LoanPolicy MAGAZINE = new LoanPolicy("magazine", 7, 10, 1, 7);

    private final LoanPolicies library = new LoanPolicies(List.of(
            new LoanPolicyRule(1000, null, null, STANDARD),
            new LoanPolicyRule(20, null, MaterialType.DVD, AV),
            new LoanPolicyRule(10, PatronCategory.CHILD, MaterialType.DVD, CHILD_AV),
            new LoanPolicyRule(30, null, MaterialType.MAGAZINE, MAGAZINE)));

    @Test
    void theMatchingRuleWithTheLowestPriorityNumberDecides() {
        assertEquals(CHILD_AV, library.resolve(PatronCategory.CHILD, MaterialType.DVD));
        assertEquals(AV, library.resolve(PatronCategory.ADULT, MaterialType.DVD));
        assertEquals(MAGAZINE, library.resolve(PatronCategory.CHILD, MaterialType.MAGAZINE));
    }

    @Test
    void aCatchAllRuleAnswersForEverythingElse() {
        assertEquals(STANDARD, library.resolve(PatronCategory.SENIOR, MaterialType.BOOK));
        assertEquals(STANDARD, library.resolve(PatronCategory.GROUP, MaterialType.KAMISHIBAI));
    }

    @Test
    void priorityNotListOrderDecides() {
        LoanPolicies reversed = new LoanPolicies(List.of(
                new LoanPolicyRule(20, null, MaterialType.DVD, AV),
                new LoanPolicyRule(10, PatronCategory.CHILD, MaterialType.DVD, CHILD_AV)));
        assertEquals(CHILD_AV, reversed.resolve(PatronCategory.CHILD, MaterialType.DVD));
    }

    @Test
    void withNoMatchingRuleTheFallbackIsTwoWeeksTenItemsOneRenewalOfTwoWeeks() {
        LoanPolicies onlyDvds = new LoanPolicies(List.of(new LoanPolicyRule(1, null, MaterialType.DVD, AV)));
        LoanPolicy fallback = onlyDvds.resolve(PatronCategory.ADULT, MaterialType.BOOK);
        assertEquals(LoanPolicy.FALLBACK, fallback);
        assertEquals(14, fallback.loanDays());
        assertEquals(1, fallback.maxRenewals());
        assertEquals(14, fallback.renewalDays());
        assertEquals(LoanPolicy.FALLBACK, new LoanPolicies(List.of()).resolve(PatronCategory.CHILD, MaterialType.CD));
    }

    @Test
    void twoRulesMayNotShareAPriority() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LoanPolicies(List.of(
                        new LoanPolicyRule(5, null, MaterialType.DVD, AV),
                        new LoanPolicyRule(5, null, null, STANDARD))));
    }

    @Test
    void aPolicyRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new LoanPolicy("x", 0, 10, 1, 14));
        assertThrows(IllegalArgumentException.class, () -> new LoanPolicy("x", 14, -1, 1, 14));
        assertThrows(IllegalArgumentException.class, () -> new LoanPolicy("x", 14, 10, 1, 0));
    }
}
