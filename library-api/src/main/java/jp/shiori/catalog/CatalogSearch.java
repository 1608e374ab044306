package jp.shiori.catalog;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** 資料の検索: what patrons, staff and integrators search the catalog with. */
public interface CatalogSearch {

    /**
     * Runs the search; an {@linkplain SearchRequest#isEmpty() empty} request finds nothing.
     *
     * @throws InvalidSearchException when the request breaks a rule; nothing is searched then
     */
    SearchResult search(@NotNull SearchRequest request);

    /**
     * 新着: the titles whose first copy arrived in [{@code from}, {@code to}) and that match the request's
     * conditions (an empty request matches every such title), newest first, leaving out {@code excluded}. The
     * request's page and size apply; {@link NewArrivals#total()} counts every match. The same engine as
     * {@link #search}: Japanese analysis, readings, width folding.
     *
     * @throws InvalidSearchException when the request breaks a rule; nothing is searched then
     */
    NewArrivals newArrivals(
            @NotNull SearchRequest request, @NotNull Instant from, @NotNull Instant to, @NotNull Set<Long> excluded);

    /** The title with its holdings and availability read now, or empty when there is no such title. */
    Optional<TitleDetail> title(long id);
}
