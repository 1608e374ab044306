package jp.shiori.web.booklist;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.CategoryView;
import jp.shiori.booklist.EntryPage;
import jp.shiori.booklist.EntryQuery;
import jp.shiori.booklist.EntrySort;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.booklist.EntryView;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * 登録資料: the entries with the filters of a plain GET form (status, category, year, order) and paging links, so
 * every view of the list is a bookmarkable address of the patron's own.
 */
@Named
@RequestScoped
public class BookListPage {

    @Inject
    HttpServletRequest request;

    @Inject
    BookListAccess access;

    @Inject
    BookList bookList;

    @Inject
    LanguageSelection language;

    private EntryQuery query;
    private EntryPage page;
    private List<CategoryView> categories = List.of();

    @PostConstruct
    void load() {
        if (!access.isStarted()) {
            return;
        }
        query = new EntryQuery(
                status(request.getParameter("status")),
                number(request.getParameter("category")),
                year(request.getParameter("year")),
                "title".equals(request.getParameter("sort")) ? EntrySort.TITLE : EntrySort.DATE,
                Math.max(1, (int) Math.min(10_000, number(request.getParameter("page"), 1))),
                EntryQuery.DEFAULT_SIZE);
        page = bookList.entries(access.patronId(), query);
        categories = bookList.categories(access.patronId());
    }

    public EntryPage getPage() {
        return page;
    }

    public EntryQuery getQuery() {
        return query;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public List<EntryView> getEntries() {
        return page == null ? List.of() : page.entries();
    }

    public String statusText(EntryStatus status) {
        return Messages.get(language.getLocale(), "booklist.status." + status.name());
    }

    public String date(Instant instant) {
        return BookListDates.format(instant, language.getLocale());
    }

    /** The filters as the form shows them (strings; empty: any). */
    public Map<String, String> getFilter() {
        Map<String, String> filter = new HashMap<>();
        filter.put("status", query.status() == null ? "" : query.status().name());
        filter.put(
                "category", query.categoryId() == null ? "" : query.categoryId().toString());
        filter.put("year", query.year() == null ? "" : query.year().toString());
        filter.put("sort", query.sort() == EntrySort.TITLE ? "title" : "date");
        return filter;
    }

    public boolean isHasPrevious() {
        return page != null && page.page() > 1;
    }

    public boolean isHasNext() {
        return page != null && page.page() < page.pageCount();
    }

    public String pageUrl(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.status() != null) {
            parameters.put("status", query.status().name());
        }
        if (query.categoryId() != null) {
            parameters.put("category", query.categoryId().toString());
        }
        if (query.year() != null) {
            parameters.put("year", query.year().toString());
        }
        if (query.sort() == EntrySort.TITLE) {
            parameters.put("sort", "title");
        }
        parameters.put("page", Integer.toString(number));
        return request.getContextPath() + "/my/booklist/?"
                + parameters.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    public String getPreviousUrl() {
        return pageUrl(page.page() - 1);
    }

    public String getNextUrl() {
        return pageUrl(page.page() + 1);
    }

    private static EntryStatus status(String text) {
        try {
            return text == null || text.isBlank() ? null : EntryStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long number(String text, long fallback) {
        Long n = number(text);
        return n == null ? fallback : n;
    }

    private static Integer year(String text) {
        Long n = number(text);
        return n == null || n < 1900 || n > 9999 ? null : n.intValue();
    }
}
