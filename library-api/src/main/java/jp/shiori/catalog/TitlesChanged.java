package jp.shiori.catalog;

import java.util.Set;

/**
 * Fired (a CDI event) when titles or their copies changed, by the catalog and by the contexts that change an item's
 * state; the catalog index follows after the transaction commits.
 */
public record TitlesChanged(Set<Long> titleIds) {

    public TitlesChanged {
        titleIds = Set.copyOf(titleIds);
    }
}
