package jp.shiori.booklist;

/**
 * Why the book list refused a request, in words the screens say from {@code booklist.refusal.<code>} and REST
 * returns as the problem's {@code code}. Nothing changed.
 */
public enum BookListRefusal {
    /** The nickname is empty once spaces are trimmed. */
    NICKNAME_EMPTY("nickname-empty"),
    /** The nickname is longer than {@link BookListRules#NICKNAME_MAX} characters (after NFKC). */
    NICKNAME_TOO_LONG("nickname-too-long"),
    /** The nickname has control characters (line breaks, tabs ...). */
    NICKNAME_CONTROL("nickname-control"),
    /** Another patron has this nickname, perhaps in another case or width. */
    NICKNAME_TAKEN("nickname-taken"),
    /** The reading-service terms were not accepted, or not their current version. */
    TERMS_NOT_ACCEPTED("terms-not-accepted"),
    /** The book list is not started (no nickname, or the terms changed and were not accepted again). */
    NOT_STARTED("booklist-not-started"),
    /** The memo has more than {@link BookListRules#MEMO_MAX} characters. */
    MEMO_TOO_LONG("memo-too-long"),
    /** A rating is 1 to 5. */
    RATING_RANGE("rating-range"),
    /** A category name is empty, too long or has control characters. */
    CATEGORY_NAME("category-name"),
    /** The patron already has a category of this name. */
    CATEGORY_EXISTS("category-exists"),
    /** The patron already has {@link BookListRules#CATEGORY_LIMIT} categories. */
    CATEGORY_LIMIT("category-limit"),
    /** The entry, category or title does not exist (or is another patron's). */
    NOT_FOUND("not-found");

    private final String code;

    BookListRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
