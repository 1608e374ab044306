package jp.shiori.circulation;

import java.io.Serializable;

/**
 * What a loan may be: its period, how many items a patron may have on loan, how often and by how much a loan
 * may be renewed. Rows of the {@code loan_policy} table; {@link #FALLBACK} when none matches.
 */
public record LoanPolicy(String name, int loanDays, int maxLoans, int maxRenewals, int renewalDays)
        implements Serializable {

    /**
     * The guide's rule when the library configured nothing that matches: two weeks, ten items, one renewal of
     * two weeks counted from the due date.
     */
    public static final LoanPolicy FALLBACK = new LoanPolicy("fallback", 14, 10, 1, 14);

    public LoanPolicy {
        if (loanDays < 1 || maxLoans < 0 || maxRenewals < 0 || renewalDays < 1) {
            throw new IllegalArgumentException("a loan policy needs positive periods and non-negative limits");
        }
    }
}
