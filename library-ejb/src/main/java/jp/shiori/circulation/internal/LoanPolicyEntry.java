package jp.shiori.circulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.shiori.catalog.MaterialType;
import jp.shiori.circulation.LoanPolicy;
import jp.shiori.circulation.LoanPolicyRule;
import jp.shiori.patron.PatronCategory;

/** One row of the circulation rules: criteria (null: any) → policy, tried in ascending priority. */
@Entity
@Table(name = "loan_policy")
@NamedQuery(name = LoanPolicyEntry.ALL, query = "select p from LoanPolicyEntry p order by p.priority")
public class LoanPolicyEntry {

    static final String ALL = "LoanPolicyEntry.all";

    @Id
    private Long id;

    @Column(nullable = false)
    private int priority;

    @Column(nullable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "patron_category", length = 16)
    private PatronCategory patronCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_type", length = 16)
    private MaterialType materialType;

    @Column(name = "loan_days", nullable = false)
    private int loanDays;

    @Column(name = "max_loans", nullable = false)
    private int maxLoans;

    @Column(name = "max_renewals", nullable = false)
    private int maxRenewals;

    @Column(name = "renewal_days", nullable = false)
    private int renewalDays;

    @Version
    private long version;

    protected LoanPolicyEntry() {
        // for JPA
    }

    LoanPolicyRule rule() {
        return new LoanPolicyRule(
                priority,
                patronCategory,
                materialType,
                new LoanPolicy(name, loanDays, maxLoans, maxRenewals, renewalDays));
    }
}
