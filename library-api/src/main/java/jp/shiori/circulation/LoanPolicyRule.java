package jp.shiori.circulation;

import java.io.Serializable;
import java.util.Objects;
import jp.shiori.catalog.MaterialType;
import jp.shiori.patron.PatronCategory;

/**
 * One circulation rule (FOLIO's model: criteria → policy): a patron category and a material type, either of
 * which may be {@code null} for "any", pointing at a policy. Rules are tried in ascending {@code priority};
 * the first whose criteria match decides.
 */
public record LoanPolicyRule(int priority, PatronCategory patronCategory, MaterialType materialType, LoanPolicy policy)
        implements Serializable {

    public LoanPolicyRule {
        Objects.requireNonNull(policy, "policy");
    }

    public boolean matches(PatronCategory category, MaterialType type) {
        return (patronCategory == null || patronCategory == category) && (materialType == null || materialType == type);
    }
}
