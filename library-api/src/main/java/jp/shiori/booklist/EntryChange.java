package jp.shiori.booklist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the patron says of an entry: status, category (null: none), memo (at most 400 characters, kept as typed
 * and always shown escaped) and a rating of 1 to 5 (null: none). Replaces what was there.
 */
public record EntryChange(
        @NotNull EntryStatus status,
        Long categoryId,
        @Size(max = BookListRules.MEMO_MAX) String memo,

        @Min(BookListRules.RATING_MIN) @Max(BookListRules.RATING_MAX)
        Integer rating) {}
