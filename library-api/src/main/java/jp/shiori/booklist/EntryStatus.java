package jp.shiori.booklist;

/** What the patron says of a title in the book list: 読了, 読みたい本, or nothing yet. */
public enum EntryStatus {
    /** Registered, nothing said (a borrowed item, or 〔ブックリストに登録〕). */
    NONE,
    /** 読了. */
    READ,
    /** 読みたい本. */
    WANT_TO_READ
}
