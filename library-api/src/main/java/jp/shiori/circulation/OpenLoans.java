package jp.shiori.circulation;

import java.util.Collection;
import java.util.Set;

/** What the holds context asks of circulation about loans. */
public interface OpenLoans {

    /** Of these titles, those of which the patron has a copy on loan now (no hold on a book in one's own hands). */
    Set<Long> titlesOnLoanTo(long patronId, Collection<Long> titleIds);
}
