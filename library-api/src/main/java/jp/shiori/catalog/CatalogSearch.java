package jp.shiori.catalog;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** 資料の検索: what patrons, staff and integrators search the catalog with. */
public interface CatalogSearch {

    /**
     * Runs the search; an {@linkplain SearchRequest#isEmpty() empty} request finds nothing.
     *
     * @throws InvalidSearchException when the request breaks a rule; nothing is searched then
     */
    SearchResult search(@NotNull SearchRequest request);

    /** The title with its holdings and availability read now, or empty when there is no such title. */
    Optional<TitleDetail> title(long id);
}
