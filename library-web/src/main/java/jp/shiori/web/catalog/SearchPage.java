package jp.shiori.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.FacetCount;
import jp.shiori.catalog.InvalidSearchException;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchResult;
import jp.shiori.catalog.SearchSort;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * 検索結果: runs the search in the URL (so results are bookmarkable and work without JavaScript) and
 * offers the links that change it: facets, sort, display format (表示切替), pages.
 */
@Named
@RequestScoped
public class SearchPage {

    private static final List<String> FACET_PARAMETERS =
            List.of("type", "branch", "available", "ndcClass", "language", "yearFrom", "yearTo");

    @Inject
    CatalogSearch catalog;

    @Inject
    BranchDirectory branches;

    @Inject
    LanguageSelection language;

    private Map<String, List<String>> params;
    private SearchRequest request;
    private SearchResult result;
    private List<String> problems = List.of();
    private List<FacetGroup> facets = List.of();

    @PostConstruct
    void load() {
        params = new LinkedHashMap<>();
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .forEach((k, v) -> {
                    if (!k.startsWith("jakarta.faces") && !k.equals("lang")) {
                        params.put(k, Arrays.asList(v));
                    }
                });
        Locale locale = language.getLocale();
        try {
            request = SearchParameters.parse(params);
            result = catalog.search(request);
            facets = facetGroups(locale);
        } catch (InvalidSearchException e) {
            problems = e.problems().stream()
                    .map(p -> Messages.get(locale, "search.problem." + p.code()))
                    .toList();
        }
    }

    public boolean isInvalid() {
        return !problems.isEmpty();
    }

    public List<String> getProblems() {
        return problems;
    }

    public boolean isEmptyQuery() {
        return request != null && request.isEmpty();
    }

    public SearchResult getResult() {
        return result;
    }

    public List<TitleSummary> getHits() {
        return result == null ? List.of() : result.hits();
    }

    public String getKeywords() {
        return first("q");
    }

    public boolean isDetailView() {
        return "detail".equals(first("view"));
    }

    public List<FacetGroup> getFacets() {
        return facets;
    }

    public boolean isRefined() {
        return FACET_PARAMETERS.stream().anyMatch(params::containsKey);
    }

    public String getClearRefinementsUrl() {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        FACET_PARAMETERS.forEach(p::remove);
        p.remove("page");
        return url(p);
    }

    public List<SortOption> getSortOptions() {
        Locale locale = language.getLocale();
        return Arrays.stream(SearchSort.values())
                .map(s -> new SortOption(
                        Messages.get(locale, "search.sort." + s.name()),
                        with("sort", s.name().toLowerCase(Locale.ROOT)),
                        request != null && request.sort() == s))
                .toList();
    }

    public String getCompactViewUrl() {
        return with("view", "compact");
    }

    public String getDetailViewUrl() {
        return with("view", "detail");
    }

    public boolean isHasPreviousPage() {
        return result != null && result.page() > 1;
    }

    public boolean isHasNextPage() {
        return result != null && result.page() < result.pageCount();
    }

    public String getPreviousPageUrl() {
        return with("page", Integer.toString(result.page() - 1));
    }

    public String getNextPageUrl() {
        return with("page", Integer.toString(result.page() + 1));
    }

    public String authors(TitleSummary t) {
        return String.join(" / ", t.authors());
    }

    private String first(String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** This search with one parameter set (a new sort, view or page); a new sort or view starts at page 1. */
    private String with(String name, String value) {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        if (!name.equals("page")) {
            p.remove("page");
        }
        p.put(name, List.of(value));
        return url(p);
    }

    /** This search with a facet value added, or removed when it is already chosen. */
    private String toggled(String name, String value) {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        List<String> values = new ArrayList<>(p.getOrDefault(name, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            p.remove(name);
        } else {
            p.put(name, values);
        }
        p.remove("page");
        return url(p);
    }

    private static String url(Map<String, List<String>> p) {
        String query = p.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return "search.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<FacetGroup> facetGroups(Locale locale) {
        if (result == null || result.facets().isEmpty()) {
            return List.of();
        }
        Map<String, String> branchNames = branches.branches().stream()
                .collect(Collectors.toMap(BranchView::code, b -> b.name().in(locale)));
        List<FacetGroup> groups = new ArrayList<>();
        facetGroup(groups, locale, "materialType", "type", v -> Messages.getOr(locale, "type." + v, v));
        facetGroup(groups, locale, "branch", "branch", v -> branchNames.getOrDefault(v, v));
        facetGroup(groups, locale, "availability", "available", v -> Messages.getOr(locale, "availability." + v, v));
        facetGroup(groups, locale, "ndcClass", "ndcClass", v -> Messages.getOr(locale, "ndc." + v, v));
        facetGroup(groups, locale, "language", "language", v -> Messages.getOr(locale, "language." + v, v));
        yearGroup(groups, locale);
        return groups;
    }

    private void facetGroup(
            List<FacetGroup> groups,
            Locale locale,
            String dimension,
            String parameter,
            java.util.function.Function<String, String> label) {
        List<FacetCount> counts = result.facets().get(dimension);
        if (counts == null || counts.isEmpty()) {
            return;
        }
        List<FacetLink> links = new ArrayList<>();
        for (FacetCount c : counts) {
            if (parameter.equals("available")) {
                if (!c.value().equals("available")) {
                    continue; // only "available" is a useful refinement
                }
                boolean chosen = "true".equals(first("available"));
                links.add(new FacetLink(label.apply(c.value()), c.count(), toggled("available", "true"), chosen));
            } else {
                boolean chosen = params.getOrDefault(parameter, List.of()).contains(c.value());
                links.add(new FacetLink(label.apply(c.value()), c.count(), toggled(parameter, c.value()), chosen));
            }
        }
        if (!links.isEmpty()) {
            groups.add(new FacetGroup(Messages.get(locale, "search.facet." + dimension), links));
        }
    }

    /** Years are refined as a one-year range, so the advanced search's year fields and the facet agree. */
    private void yearGroup(List<FacetGroup> groups, Locale locale) {
        List<FacetCount> counts = result.facets().get("year");
        if (counts == null || counts.isEmpty()) {
            return;
        }
        List<FacetLink> links = new ArrayList<>();
        for (FacetCount c : counts) {
            boolean chosen = c.value().equals(first("yearFrom")) && c.value().equals(first("yearTo"));
            Map<String, List<String>> p = new LinkedHashMap<>(params);
            p.remove("page");
            if (chosen) {
                p.remove("yearFrom");
                p.remove("yearTo");
            } else {
                p.put("yearFrom", List.of(c.value()));
                p.put("yearTo", List.of(c.value()));
            }
            links.add(new FacetLink(c.value(), c.count(), url(p), chosen));
        }
        groups.add(new FacetGroup(Messages.get(locale, "search.facet.year"), links));
    }

    /** A facet with its values, for the 絞り込み column. */
    public record FacetGroup(String label, List<FacetLink> links) {
        public String getLabel() {
            return label;
        }

        public List<FacetLink> getLinks() {
            return links;
        }
    }

    /** One facet value: its label, count, and the URL that adds or removes it. */
    public record FacetLink(String label, long count, String url, boolean chosen) {
        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        public String getUrl() {
            return url;
        }

        public boolean isChosen() {
            return chosen;
        }
    }

    /** A sort order and the URL that applies it. */
    public record SortOption(String label, String url, boolean current) {
        public String getLabel() {
            return label;
        }

        public String getUrl() {
            return url;
        }

        public boolean isCurrent() {
            return current;
        }
    }
}
