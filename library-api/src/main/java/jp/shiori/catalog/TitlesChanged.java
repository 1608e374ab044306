package jp.shiori.catalog;

import java.util.Set;

/**
 * Fired (a CDI event) inside the transaction that changed titles or their copies, by the catalog and by the contexts
 * that change an item's state. The catalog writes it into its change log in that transaction; the index follows the
 * log after the commit, so a rolled-back change never reaches it and a committed one always does.
 */
public record TitlesChanged(Set<Long> titleIds) {

    public TitlesChanged {
        titleIds = Set.copyOf(titleIds);
    }
}
