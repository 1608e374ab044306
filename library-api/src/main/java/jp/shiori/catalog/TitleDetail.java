package jp.shiori.catalog;

import java.io.Serializable;
import java.util.List;

/** The title page: the full record, every copy per branch, and whether it may be held. */
public record TitleDetail(
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
        String volume,
        String summary,
        List<String> subjects,
        List<Holding> holdings,
        boolean holdable)
        implements Serializable {

    public TitleDetail {
        contributors = List.copyOf(contributors);
        isbns = List.copyOf(isbns);
        subjects = List.copyOf(subjects);
        holdings = List.copyOf(holdings);
    }

    /** 禁帯出 only titles cannot be held: a title may be held when at least one copy may leave the library. */
    public static boolean holdable(List<Holding> holdings) {
        return holdings.stream().anyMatch(Holding::loanable);
    }
}
