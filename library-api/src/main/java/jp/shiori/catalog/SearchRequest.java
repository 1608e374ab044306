package jp.shiori.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A catalog search: the keyword box of the top page ({@code keywords}) and the fields of 詳細検索, with
 * facet filters, sort and paging. Text is taken literally: it is never parsed as query syntax, so
 * {@code *:*} or an unbalanced quote are just characters to look for.
 *
 * @param page 1-based
 */
public record SearchRequest(
        String keywords,
        String title,
        String author,
        String publisher,
        String subject,
        String isbn,
        String ndc,
        Integer yearFrom,
        Integer yearTo,
        Set<MaterialType> materialTypes,
        Set<String> branches,
        boolean availableOnly,
        Set<Integer> ndcClasses,
        Set<String> languages,
        SearchSort sort,
        int page,
        int size)
        implements Serializable {

    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_PAGE = 1000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public SearchRequest {
        materialTypes = materialTypes == null ? Set.of() : Set.copyOf(materialTypes);
        branches = branches == null ? Set.of() : Set.copyOf(branches);
        ndcClasses = ndcClasses == null ? Set.of() : Set.copyOf(ndcClasses);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** The top page's keyword box: one text, first page, default size. */
    public static SearchRequest keywords(String keywords) {
        return new SearchRequest(
                keywords,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                SearchSort.RELEVANCE,
                1,
                DEFAULT_SIZE);
    }

    /** Nothing to look for: the search page shows a hint instead of results. */
    public boolean isEmpty() {
        return texts().allMatch(t -> t == null || t.isBlank()) && yearFrom == null && yearTo == null;
    }

    /** Every rule this request breaks, in a stable order; empty when it can be run. */
    public List<SearchProblem> problems() {
        List<SearchProblem> problems = new ArrayList<>();
        if (texts().anyMatch(t -> t != null && t.length() > MAX_TEXT_LENGTH)) {
            problems.add(SearchProblem.TEXT_TOO_LONG);
        }
        if (texts().anyMatch(SearchRequest::hasControlCharacters)) {
            problems.add(SearchProblem.CONTROL_CHARACTERS);
        }
        if (isbn != null && !isbn.isBlank() && Isbn.parse(isbn).isEmpty()) {
            problems.add(SearchProblem.INVALID_ISBN);
        }
        if (ndc != null && !ndc.isBlank() && !Ndc.isValidPrefix(ndc)) {
            problems.add(SearchProblem.INVALID_NDC);
        }
        if (!validYear(yearFrom) || !validYear(yearTo) || (yearFrom != null && yearTo != null && yearFrom > yearTo)) {
            problems.add(SearchProblem.INVALID_YEAR);
        }
        if (page < 1 || page > MAX_PAGE) {
            problems.add(SearchProblem.INVALID_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(SearchProblem.INVALID_PAGE_SIZE);
        }
        return problems;
    }

    /** The same search on another page. */
    public SearchRequest onPage(int otherPage) {
        return new SearchRequest(
                keywords,
                title,
                author,
                publisher,
                subject,
                isbn,
                ndc,
                yearFrom,
                yearTo,
                materialTypes,
                branches,
                availableOnly,
                ndcClasses,
                languages,
                sort,
                otherPage,
                size);
    }

    private Stream<String> texts() {
        return Stream.of(keywords, title, author, publisher, subject, isbn, ndc);
    }

    private static boolean validYear(Integer year) {
        return year == null || (year >= 1 && year <= 9999);
    }

    // Tab and newline are typed by habit or pasted; other C0/C1 controls are not text.
    private static boolean hasControlCharacters(String text) {
        return text != null
                && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
