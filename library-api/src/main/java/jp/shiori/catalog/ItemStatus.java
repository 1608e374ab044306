package jp.shiori.catalog;

/** Where a copy is now. Patrons see 貸出可 (AVAILABLE), 貸出中 (ON_LOAN) or 予約中 (held for someone). */
public enum ItemStatus {
    AVAILABLE,
    ON_LOAN,
    ON_HOLD_SHELF,
    IN_TRANSIT,
    MISSING,
    WITHDRAWN;

    /** Whether the copy counts as "in" for a patron looking for it today. */
    public boolean onTheShelf() {
        return this == AVAILABLE;
    }
}
