package jp.shiori.catalog.internal.search;

import java.time.Instant;
import java.util.List;
import jp.shiori.catalog.MaterialType;

/** A title found in the index, with the catalog fields the result list shows and
 * when its first copy arrived (null when unknown). */
public record IndexHit(
        long id,
        String title,
        String titleReading,
        List<String> authors,
        String publisher,
        Integer publicationYear,
        MaterialType materialType,
        String ndc,
        Instant firstCopyAt) {}
