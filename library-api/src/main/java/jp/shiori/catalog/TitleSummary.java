package jp.shiori.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * One row of a result list. Copy counts come from the database at the time of the request.
 *
 * @param holdable whether the title has at least one loanable (帯出可) copy, i.e. may be held
 */
public record TitleSummary(
        long id,
        String title,
        String titleReading,
        List<String> authors,
        String publisher,
        Integer publicationYear,
        MaterialType materialType,
        String ndc,
        int copies,
        int availableCopies,
        boolean holdable)
        implements Serializable {

    public TitleSummary {
        authors = List.copyOf(authors);
    }
}
