package jp.shiori.catalog.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import jp.shiori.catalog.StoredTitle;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.catalog.TitlesChanged;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;

/**
 * Creates a title or revises the one with the same source and source id: the one rule of how records
 * enter the catalog, shared by cataloguing and imports. The caller fires {@link TitlesChanged}.
 */
final class TitleStore {

    private final EntityManager em;

    TitleStore(EntityManager em) {
        this.em = em;
    }

    /** Why the catalog refuses this record, if it does. */
    static Optional<String> refusal(TitleDraft draft) {
        return draft.title() == null || draft.title().isBlank()
                ? Optional.of("A title record needs a title.")
                : Optional.empty();
    }

    StoredTitle store(TitleDraft draft, Instant now) {
        Optional<String> refused = refusal(draft);
        if (refused.isPresent()) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, refused.get());
        }
        Title existing = draft.sourceId() == null
                ? null
                : em.createNamedQuery(Title.BY_SOURCE, Title.class)
                        .setParameter("source", draft.source() == null ? "LOCAL" : draft.source())
                        .setParameter("sourceId", draft.sourceId())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (existing != null) {
            existing.revise(draft, now);
            return new StoredTitle(existing.id(), false);
        }
        Title title = new Title(draft, now);
        em.persist(title);
        em.flush();
        return new StoredTitle(title.id(), true);
    }
}
