package jp.shiori.catalog.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.ItemBarcode;
import jp.shiori.catalog.ItemRef;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.catalog.internal.CatalogReads.CopyCounts;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;

/** The catalog's items for circulation and holds: the one lookup by barcode, the one place an item's state changes. */
@ValidateOnExecution
@Stateless
@Local(CatalogItems.class)
public class DefaultCatalogItems implements CatalogItems {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogReads reads;

    @Override
    public ItemRef lock(String typedBarcode) {
        String barcode = ItemBarcode.parse(typedBarcode)
                .orElseThrow(() ->
                        new RefusedException(ErrorCode.BAD_REQUEST, "A barcode is 1 to 32 letters, digits or '-'."));
        // The item's row only: the title is locked, when it must be, by the one who changes its queue.
        return em.createNamedQuery(Item.BY_BARCODE, Item.class)
                .setParameter("barcode", barcode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(DefaultCatalogItems::ref)
                .orElseThrow(
                        () -> new RefusedException(ErrorCode.NOT_FOUND, "No item has the barcode " + barcode + "."));
    }

    @Override
    public ItemRef lock(long itemId) {
        return ref(item(itemId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<ItemRef> find(String typedBarcode) {
        return ItemBarcode.parse(typedBarcode)
                .flatMap(barcode -> em.createNamedQuery(Item.BY_BARCODE, Item.class)
                        .setParameter("barcode", barcode)
                        .getResultStream()
                        .findFirst()
                        .map(DefaultCatalogItems::ref));
    }

    @Override
    public Map<Long, ItemRef> byId(Collection<Long> itemIds) {
        Map<Long, ItemRef> items = new HashMap<>();
        if (!itemIds.isEmpty()) {
            em.createNamedQuery(Item.BY_IDS, Item.class)
                    .setParameter("ids", Set.copyOf(itemIds))
                    .getResultStream()
                    .forEach(i -> items.put(i.id(), ref(i)));
        }
        return items;
    }

    @Override
    public Map<Long, Long> titleOfItems(Collection<Long> titleIds) {
        Map<Long, Long> titles = new HashMap<>();
        if (!titleIds.isEmpty()) {
            for (Object[] row : em.createNamedQuery(Item.OF_TITLES, Object[].class)
                    .setParameter("titles", Set.copyOf(titleIds))
                    .getResultList()) {
                titles.put((Long) row[0], (Long) row[1]);
            }
        }
        return titles;
    }

    @Override
    public Optional<String> lockTitle(long titleId) {
        return Optional.ofNullable(em.find(Title.class, titleId, LockModeType.PESSIMISTIC_WRITE))
                .map(Title::title);
    }

    @Override
    public Map<Long, String> titleNames(Collection<Long> titleIds) {
        Map<Long, String> names = new HashMap<>();
        if (!titleIds.isEmpty()) {
            for (Object[] row : em.createNamedQuery(Title.NAMES, Object[].class)
                    .setParameter("ids", Set.copyOf(titleIds))
                    .getResultList()) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    @Override
    public List<TitleSummary> summaries(List<Long> titleIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(titleIds));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Title> titles =
                reads.titlesWithRecords(ids).stream().collect(Collectors.toMap(Title::id, Function.identity()));
        Map<Long, CopyCounts> counts = reads.copyCounts(ids);
        List<TitleSummary> described = new ArrayList<>();
        for (Long id : ids) {
            Title t = titles.get(id);
            if (t != null) {
                CopyCounts c = counts.getOrDefault(id, CopyCounts.NONE);
                described.add(new TitleSummary(
                        t.id(),
                        t.title(),
                        t.titleReading(),
                        t.contributors().stream().map(Contributor::name).toList(),
                        t.publisher(),
                        t.publicationYear(),
                        t.materialType(),
                        t.ndc(),
                        c.copies(),
                        c.available(),
                        c.loanable() > 0));
            }
        }
        return described;
    }

    @Override
    public boolean hasLoanableCopy(long titleId) {
        return em.createNamedQuery(Item.LOANABLE_OF_TITLE, Long.class)
                        .setParameter("title", titleId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<ItemRef> onShelf(long branchId, Collection<Long> titleIds, int max) {
        return titleIds.isEmpty()
                ? List.of()
                : em.createNamedQuery(Item.ON_SHELF_OF_TITLES, Item.class)
                        .setParameter("branch", branchId)
                        .setParameter("titles", Set.copyOf(titleIds))
                        .setMaxResults(max)
                        .getResultStream()
                        .map(DefaultCatalogItems::ref)
                        .toList();
    }

    @Override
    public List<ItemRef> onShelf(int max) {
        return em.createNamedQuery(Item.ON_SHELF, Item.class)
                .setMaxResults(max)
                .getResultStream()
                .map(DefaultCatalogItems::ref)
                .toList();
    }

    @Override
    public void lent(long itemId, LocalDate dueOn) {
        item(itemId, LockModeType.NONE).lend(dueOn);
    }

    @Override
    public void checkedIn(long itemId, ItemStatus next) {
        item(itemId, LockModeType.NONE).checkedIn(next);
    }

    @Override
    public void setAside(long itemId, ItemStatus next) {
        item(itemId, LockModeType.NONE).setAside(next);
    }

    @Override
    public void returnToShelf(long itemId) {
        item(itemId, LockModeType.NONE).returnToShelf();
    }

    private Item item(long itemId, LockModeType lock) {
        Item item = em.find(Item.class, itemId, lock);
        if (item == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No item has the id " + itemId + ".");
        }
        return item;
    }

    private static ItemRef ref(Item i) {
        return new ItemRef(
                i.id(),
                i.barcode(),
                i.title().id(),
                i.title().title(),
                i.title().materialType(),
                i.branchId(),
                i.status(),
                i.loanable(),
                i.shelfLocation(),
                i.callNumber(),
                i.dueOn());
    }
}
