package jp.shiori.booklist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The 登録資料 tab's filters: status, category (0: uncategorised), year (of the loan, or of the addition), the
 * order and the page (1-based).
 */
public record EntryQuery(
        EntryStatus status,
        Long categoryId,
        @Min(1900) @Max(9999) Integer year,
        EntrySort sort,
        @Min(1) int page,
        @Min(1) @Max(MAX_SIZE) int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public EntryQuery {
        sort = sort == null ? EntrySort.DATE : sort;
    }

    public static EntryQuery firstPage() {
        return new EntryQuery(null, null, null, EntrySort.DATE, 1, DEFAULT_SIZE);
    }
}
