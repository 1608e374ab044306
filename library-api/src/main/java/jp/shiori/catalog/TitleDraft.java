package jp.shiori.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A title record as it arrives from outside (MARC import, the demo loader), before it is stored.
 *
 * @param source         where the record comes from, e.g. {@code JTNDL} (MARC 003) or {@code AOZORA}
 * @param sourceId       its identifier there (MARC 001, Aozora work id); with {@code source} it finds the
 *                       stored title again on re-import
 * @param title          title proper with subtitle and part, without ISBD punctuation at the end
 * @param titleReading   reading of the title in full-width katakana (ギンガテツドウノヨル), null when unknown
 * @param contributors   in record order, main entry first
 * @param publisher      publisher name, null when unknown
 * @param publicationYear four-digit year, null when unknown
 * @param isbns          valid ISBNs of the record, normalised; invalid ones are left out
 * @param ndc            NDC classification number (e.g. {@code 913.6}), null when none
 * @param materialType   never null; {@link MaterialType#OTHER} when the record does not say
 * @param language       ISO 639-2/B code ({@code jpn}, {@code eng}), null when unknown
 * @param seriesTitle    series statement, null when none
 * @param volume         volume or part designation, null when none
 * @param summary        abstract or contents note, null when none
 * @param subjects       subject headings in record order
 */
public record TitleDraft(
        String source,
        String sourceId,
        String title,
        String titleReading,
        List<Contributor> contributors,
        String publisher,
        Integer publicationYear,
        List<Isbn> isbns,
        String ndc,
        MaterialType materialType,
        String language,
        String seriesTitle,
        String volume,
        String summary,
        List<String> subjects)
        implements Serializable {

    public TitleDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(materialType, "materialType");
        contributors = List.copyOf(contributors);
        isbns = List.copyOf(isbns);
        subjects = List.copyOf(subjects);
    }
}
