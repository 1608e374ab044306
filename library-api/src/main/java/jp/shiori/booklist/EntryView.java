package jp.shiori.booklist;

import java.time.Instant;

/**
 * One entry of the book list. Title, reading, author and ISBN are kept as they were when the entry was made, so
 * the record stays when the catalog changes; {@code titleId} is null once the title left the catalog.
 *
 * @param borrowedAt when the loan began (null for a title added from the OPAC and never borrowed)
 * @param returnedAt when the item came back (null while on loan or never borrowed)
 */
public record EntryView(
        long id,
        Long titleId,
        String title,
        String titleReading,
        String author,
        String isbn,
        Instant borrowedAt,
        Instant returnedAt,
        EntryStatus status,
        Long categoryId,
        String categoryName,
        String memo,
        Integer rating,
        Instant addedAt) {}
