package jp.shiori.catalog;

/** 並び順: by relevance, newest publication first, or by title reading (五十音順). */
public enum SearchSort {
    RELEVANCE,
    NEWEST,
    TITLE
}
