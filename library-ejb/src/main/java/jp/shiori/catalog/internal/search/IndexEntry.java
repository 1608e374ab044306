package jp.shiori.catalog.internal.search;

import java.time.Instant;
import java.util.List;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.MaterialType;

/** What the index knows of one title: its record, where its copies are and when the first one arrived. */
public record IndexEntry(
        long id,
        String title,
        String titleReading,
        List<Contributor> contributors,
        String publisher,
        Integer publicationYear,
        List<String> isbns,
        String ndc,
        MaterialType materialType,
        String language,
        String seriesTitle,
        String summary,
        List<String> subjects,
        List<Copy> copies,
        Instant firstCopyAt) {

    /** A copy as the facets see it. */
    public record Copy(String branchCode, ItemStatus status, boolean loanable) {}
}
