package jp.shiori.catalog.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.ItemBarcode;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.StoredTitle;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.catalog.TitlesChanged;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;

@ValidateOnExecution
@Stateless
@LocalBean
@Local(CatalogRecords.class)
public class DefaultCatalogRecords implements CatalogRecords {

    @Inject
    private LibraryClock clock;

    @EJB
    private Branches branches;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<TitlesChanged> changes;

    @Override
    public StoredTitle store(TitleDraft draft) {
        StoredTitle stored = new TitleStore(em).store(draft, clock.now());
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
    public List<StoredTitle> storeWithCopies(
            List<TitleDraft> drafts, BiFunction<TitleDraft, Long, List<NewItem>> copies) {
        TitleStore titles = new TitleStore(em);
        Instant now = clock.now();
        List<StoredTitle> stored = new ArrayList<>();
        for (TitleDraft draft : drafts) {
            StoredTitle title = titles.store(draft, now);
            if (title.created()) {
                copies.apply(draft, title.id()).forEach(item -> addItemQuietly(em, title.id(), item, now));
            }
            stored.add(title);
        }
        changes.fire(new TitlesChanged(stored.stream().map(StoredTitle::id).collect(Collectors.toSet())));
        return stored;
    }

    private void addItemQuietly(EntityManager em, long titleId, NewItem item, Instant now) {
        if (item.barcode() == null || !item.barcode().matches(ItemBarcode.PATTERN)) {
            throw new RefusedException(ErrorCode.BAD_REQUEST, "A barcode is 1 to 32 letters, digits or '-'.");
        }
        Title title = em.find(Title.class, titleId);
        if (title == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No title has the id " + titleId + ".");
        }
        long branch = branches.byCode(item.branchCode())
                .map(BranchRef::id)
                .orElseThrow(() -> new RefusedException(
                        ErrorCode.NOT_FOUND, "No branch has the code '" + item.branchCode() + "'."));
        boolean barcodeTaken = !em.createNamedQuery(Item.BY_BARCODE, Item.class)
                .setParameter("barcode", item.barcode())
                .getResultList()
                .isEmpty();
        if (barcodeTaken) {
            throw new RefusedException(ErrorCode.CONFLICT, "The barcode " + item.barcode() + " is already in use.");
        }
        em.persist(new Item(
                item.barcode(),
                title,
                branch,
                item.shelfLocation(),
                item.callNumber(),
                item.loanable(),
                item.acquiredOn()));
        title.copyAdded(now);
    }
}
