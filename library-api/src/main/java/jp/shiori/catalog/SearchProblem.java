package jp.shiori.catalog;

/**
 * Why a search request cannot be run. Each has a stable code (REST {@code code} member, and the message
 * key {@code search.problem.<code>} on screens).
 */
public enum SearchProblem {
    TEXT_TOO_LONG("text-too-long"),
    CONTROL_CHARACTERS("control-characters"),
    INVALID_ISBN("invalid-isbn"),
    INVALID_NDC("invalid-ndc"),
    INVALID_YEAR("invalid-year"),
    INVALID_PAGE("invalid-page"),
    INVALID_PAGE_SIZE("invalid-page-size"),
    /** A sort order other than relevance, newest or title. */
    INVALID_SORT("invalid-sort"),
    UNKNOWN_BRANCH("unknown-branch");

    private final String code;

    SearchProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
