package jp.shiori.web.catalog;

import java.util.List;
import java.util.Objects;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDraft;

/** A title record as a cataloguing client sends it (ISBNs as plain strings). */
public record TitleInput(
        String source,
        String sourceId,
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
        String volume,
        String summary,
        List<String> subjects) {

    TitleDraft toDraft() {
        return new TitleDraft(
                source == null ? "LOCAL" : source,
                sourceId,
                Objects.requireNonNullElse(title, ""),
                titleReading,
                orEmpty(contributors),
                publisher,
                publicationYear,
                orEmpty(isbns).stream()
                        .map(Isbn::parse)
                        .flatMap(java.util.Optional::stream)
                        .toList(),
                ndc,
                materialType == null ? MaterialType.BOOK : materialType,
                language,
                seriesTitle,
                volume,
                summary,
                orEmpty(subjects));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
