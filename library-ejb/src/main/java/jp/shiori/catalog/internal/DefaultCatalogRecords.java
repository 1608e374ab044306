package jp.shiori.catalog.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Set;
import jp.shiori.branch.internal.Branch;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.StoredTitle;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;

@Stateless
public class DefaultCatalogRecords implements CatalogRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<TitlesChanged> changes;

    @Override
    public StoredTitle store(TitleDraft draft) {
        if (draft.title().isBlank()) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "A title record needs a title.");
        }
        LocalDateTime now = LocalDateTime.now();
        Title existing = draft.sourceId() == null ? null
                : em.createNamedQuery(Title.BY_SOURCE, Title.class)
                        .setParameter("source", draft.source() == null ? "LOCAL" : draft.source())
                        .setParameter("sourceId", draft.sourceId())
                        .getResultStream().findFirst().orElse(null);
        StoredTitle stored;
        if (existing != null) {
            existing.revise(draft, now);
            stored = new StoredTitle(existing.id(), false);
        } else {
            Title title = new Title(draft, now);
            em.persist(title);
            em.flush();
            stored = new StoredTitle(title.id(), true);
        }
        changes.fire(new TitlesChanged(Set.of(stored.id())));
        return stored;
    }

    @Override
    public void addItem(long titleId, NewItem item) {
        Title title = em.find(Title.class, titleId);
        if (title == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No title has the id " + titleId + ".");
        }
        Branch branch = em.createNamedQuery(Branch.BY_CODE, Branch.class).setParameter("code", item.branchCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No branch has the code '" + item.branchCode() + "'."));
        boolean barcodeTaken = !em.createNamedQuery(Item.BY_BARCODE, Item.class).setParameter("barcode", item.barcode())
                .getResultList().isEmpty();
        if (barcodeTaken) {
            throw new RefusedException(ErrorCode.CONFLICT, "The barcode " + item.barcode() + " is already in use.");
        }
        em.persist(new Item(item.barcode(), title, branch, item.shelfLocation(), item.callNumber(), item.loanable(),
                item.acquiredOn()));
        changes.fire(new TitlesChanged(Set.of(titleId)));
    }
}
