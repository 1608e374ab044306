package jp.shiori.booklist;

/** The order of the 登録資料 tab. */
public enum EntrySort {
    /** Newest first: when borrowed, or when added for titles never borrowed. */
    DATE,
    /** By the title's reading (its title when there is none), then newest first. */
    TITLE
}
