package jp.shiori.catalog;

import java.time.LocalDate;

/** An item as the other contexts see it, read at one moment: barcode, title, owning branch, state. */
public record ItemRef(
        long id,
        String barcode,
        long titleId,
        String title,
        MaterialType materialType,
        long branchId,
        ItemStatus status,
        boolean loanable,
        String shelfLocation,
        String callNumber,
        LocalDate dueOn) {}
