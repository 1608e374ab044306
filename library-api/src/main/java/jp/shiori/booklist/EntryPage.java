package jp.shiori.booklist;

import java.util.List;

/**
 * One page of the 登録資料 tab.
 *
 * @param years the years that have entries, newest first, for the year filter
 */
public record EntryPage(List<EntryView> entries, long total, int page, int size, List<Integer> years) {

    public EntryPage {
        entries = List.copyOf(entries);
        years = List.copyOf(years);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
