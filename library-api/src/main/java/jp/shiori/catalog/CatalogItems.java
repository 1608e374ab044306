package jp.shiori.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What circulation and holds ask of the catalog about its items (資料) and titles. The catalog owns the item's
 * state; the other contexts decide when it changes (lent, returned, set aside) and tell it here, in their
 * transaction. Reads of several items or titles are one statement whatever their number.
 */
public interface CatalogItems {

    /**
     * The item with this barcode as scanned or typed ({@link ItemBarcode}), its row locked until the caller's
     * transaction ends. Refused with {@code BAD_REQUEST} when the text cannot be a barcode, {@code NOT_FOUND} when
     * no item has it.
     */
    ItemRef lock(String typedBarcode);

    /** The item, its row locked until the caller's transaction ends. */
    ItemRef lock(long itemId);

    /** The item with this barcode as typed, or empty (also for text that cannot be a barcode). */
    Optional<ItemRef> find(String typedBarcode);

    Map<Long, ItemRef> byId(Collection<Long> itemIds);

    /** The ids of the titles' items, each with its title's id. */
    Map<Long, Long> titleOfItems(Collection<Long> titleIds);

    /**
     * Locks the title's row, so that changes to one title's hold queue happen one after another; the title's name,
     * or empty when there is no such title.
     */
    Optional<String> lockTitle(long titleId);

    /** Title names by id; unknown ids are left out. */
    Map<Long, String> titleNames(Collection<Long> titleIds);

    /** The titles as a result list shows them (with copy counts read now), in the order given; unknown ids left out. */
    List<TitleSummary> summaries(List<Long> titleIds);

    /** Whether the title has a copy that may be lent (not 禁帯出, not missing or withdrawn). */
    boolean hasLoanableCopy(long titleId);

    /** Loanable copies on the shelf of the branch that belong to these titles, by title and barcode (pull list). */
    List<ItemRef> onShelf(long branchId, Collection<Long> titleIds, int max);

    /** Loanable copies on the shelf anywhere, oldest first (the demo's loans). */
    List<ItemRef> onShelf(int max);

    /** 貸出中 until {@code dueOn}: lent or renewed. */
    void lent(long itemId, LocalDate dueOn);

    /** Back from a loan: to the shelf, the hold shelf or in transit, as the holds context decided. */
    void checkedIn(long itemId, ItemStatus next);

    /** 取置: set aside for a hold, on the hold shelf or in transit to the pickup branch. */
    void setAside(long itemId, ItemStatus next);

    /** A copy no hold wants any more goes back to the shelf. */
    void returnToShelf(long itemId);
}
