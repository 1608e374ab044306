package jp.shiori.catalog.internal;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shiori.branch.internal.Branch;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.StoredTitle;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;

@Stateless
@LocalBean
@Local(CatalogRecords.class)
public class DefaultCatalogRecords implements CatalogRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<TitlesChanged> changes;

    @Inject
    private LibraryClock clock;

    @Override
    public StoredTitle store(TitleDraft draft) {
        StoredTitle stored = new TitleStore(em).store(draft, LocalDateTime.now());
        changes.fire(new TitlesChanged(Set.of(stored.id())));
        return stored;
    }

    @Override
    public void addItem(long titleId, NewItem item) {
        addItemQuietly(em, titleId, item, clock.now());
        changes.fire(new TitlesChanged(Set.of(titleId)));
    }

    /**
     * Stores titles with their copies in the caller's transaction and announces them in one event, so
     * the index follows a bulk load with one update instead of one per title.
     */
    public List<StoredTitle> storeWithCopies(List<TitleDraft> drafts, Function<Long, List<NewItem>> copies) {
        TitleStore titles = new TitleStore(em);
        LocalDateTime now = LocalDateTime.now();
        List<StoredTitle> stored = new ArrayList<>();
        for (TitleDraft draft : drafts) {
            StoredTitle title = titles.store(draft, now);
            if (title.created()) {
                copies.apply(title.id()).forEach(item -> addItemQuietly(em, title.id(), item, clock.now()));
            }
            stored.add(title);
        }
        changes.fire(new TitlesChanged(stored.stream().map(StoredTitle::id).collect(Collectors.toSet())));
        return stored;
    }

    private static void addItemQuietly(EntityManager em, long titleId, NewItem item, java.time.Instant now) {
        if (item.barcode() == null || !item.barcode().matches(Item.BARCODE_PATTERN)) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "A barcode is 1 to 32 letters, digits or '-'.");
        }
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
        title.copyAdded(now);
    }
}
