package jp.shiori.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A page of titles with the facets of the whole result. Facet names: {@code materialType}, {@code branch},
 * {@code availability}, {@code ndcClass}, {@code year}, {@code language}.
 */
public record SearchResult(
        long total, int page, int size, List<TitleSummary> hits, Map<String, List<FacetCount>> facets)
        implements Serializable {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public int pageCount() {
        return (int) Math.min(SearchRequest.MAX_PAGE, (total + size - 1) / size);
    }
}
