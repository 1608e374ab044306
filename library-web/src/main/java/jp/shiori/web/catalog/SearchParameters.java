package jp.shiori.web.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.shiori.catalog.InvalidSearchException;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchProblem;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchSort;

/**
 * Reads a {@link SearchRequest} from URL parameters, the same for the screens and the REST API:
 * {@code q, title, author, publisher, subject, isbn, ndc, yearFrom, yearTo, type*, branch*, available,
 * ndcClass*, language*, sort, page, size}. Numbers that are not numbers become rule violations (a 400,
 * a message on screen), never exceptions of the web framework.
 */
public final class SearchParameters {

    private SearchParameters() {}

    public static SearchRequest parse(Map<String, ? extends List<String>> params) {
        List<SearchProblem> problems = new ArrayList<>();
        Integer yearFrom = integer(first(params, "yearFrom"), SearchProblem.INVALID_YEAR, problems);
        Integer yearTo = integer(first(params, "yearTo"), SearchProblem.INVALID_YEAR, problems);
        Integer page = integer(first(params, "page"), SearchProblem.INVALID_PAGE, problems);
        Integer size = integer(first(params, "size"), SearchProblem.INVALID_PAGE_SIZE, problems);
        Set<MaterialType> types = values(params, "type", v -> enumValue(MaterialType.class, v), problems);
        Set<Integer> ndcClasses =
                values(params, "ndcClass", v -> v.matches("\\d") ? Integer.valueOf(v) : null, problems);
        SearchSort sort = first(params, "sort") == null
                ? SearchSort.RELEVANCE
                : enumValue(SearchSort.class, first(params, "sort"));
        if (sort == null) {
            problems.add(SearchProblem.INVALID_SORT); // an unknown order is refused, not silently relevance
        }
        if (!problems.isEmpty()) {
            throw new InvalidSearchException(problems.stream().distinct().toList());
        }
        return new SearchRequest(
                first(params, "q"),
                first(params, "title"),
                first(params, "author"),
                first(params, "publisher"),
                first(params, "subject"),
                first(params, "isbn"),
                first(params, "ndc"),
                yearFrom,
                yearTo,
                types,
                Set.copyOf(all(params, "branch")),
                "true".equals(first(params, "available")),
                ndcClasses,
                Set.copyOf(all(params, "language")),
                sort == null ? SearchSort.RELEVANCE : sort,
                page == null ? 1 : page,
                size == null ? SearchRequest.DEFAULT_SIZE : size);
    }

    private static String first(Map<String, ? extends List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static List<String> all(Map<String, ? extends List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static Integer integer(String text, SearchProblem problem, List<SearchProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(problem);
            return null;
        }
    }

    private static <T> Set<T> values(
            Map<String, ? extends List<String>> params,
            String name,
            Function<String, T> parse,
            List<SearchProblem> problems) {
        Set<T> values = new LinkedHashSet<>();
        for (String v : all(params, name)) {
            T value = parse.apply(v);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        for (E e : EnumSet.allOf(type)) {
            if (e.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }
}
