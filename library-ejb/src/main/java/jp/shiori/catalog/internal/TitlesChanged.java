package jp.shiori.catalog.internal;

import java.util.Set;

/** Fired when titles or their copies changed; the index follows after the transaction commits. */
public record TitlesChanged(Set<Long> titleIds) {

    public TitlesChanged {
        titleIds = Set.copyOf(titleIds);
    }
}
