package jp.shiori.circulation;

import java.util.Comparator;
import java.util.List;
import jp.shiori.catalog.MaterialType;
import jp.shiori.patron.PatronCategory;

/**
 * Resolves the policy of a loan from the library's rules: the matching rule with the lowest priority number
 * wins (two rules never share a number: the table's key); when no rule matches, {@link LoanPolicy#FALLBACK}.
 */
public final class LoanPolicies {

    private final List<LoanPolicyRule> rules;

    public LoanPolicies(List<LoanPolicyRule> rules) {
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt(LoanPolicyRule::priority))
                .toList();
        for (int i = 1; i < this.rules.size(); i++) {
            if (this.rules.get(i).priority() == this.rules.get(i - 1).priority()) {
                throw new IllegalArgumentException("two loan policy rules share the priority "
                        + this.rules.get(i).priority());
            }
        }
    }

    public LoanPolicy resolve(PatronCategory category, MaterialType type) {
        return rules.stream()
                .filter(rule -> rule.matches(category, type))
                .map(LoanPolicyRule::policy)
                .findFirst()
                .orElse(LoanPolicy.FALLBACK);
    }

    public List<LoanPolicyRule> rules() {
        return rules;
    }
}
