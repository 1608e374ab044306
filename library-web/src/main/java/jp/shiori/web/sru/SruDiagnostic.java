package jp.shiori.web.sru;

import java.util.List;
import jp.shiori.catalog.SearchProblem;
import jp.shiori.catalog.SearchRequest;

/**
 * An SRU diagnostic (info:srw/diagnostic/1/N): what SRU answers instead of an HTTP error. {@code details}
 * follows the format the diagnostics list gives for the number (a parameter name, an index, an offset);
 * {@code message} is for a person.
 */
record SruDiagnostic(int number, String details, String message) {

    static final String NAMESPACE = "http://www.loc.gov/zing/srw/diagnostic/";

    static final int GENERAL_SYSTEM_ERROR = 1;
    static final int UNSUPPORTED_OPERATION = 4;
    static final int UNSUPPORTED_VERSION = 5;
    static final int UNSUPPORTED_PARAMETER_VALUE = 6;
    static final int MANDATORY_PARAMETER_MISSING = 7;
    static final int UNSUPPORTED_PARAMETER = 8;
    static final int QUERY_SYNTAX_ERROR = 10;
    static final int QUERY_TOO_LONG = 12;
    static final int PARENTHESES = 13;
    static final int QUOTES = 14;
    static final int UNSUPPORTED_INDEX = 16;
    static final int UNSUPPORTED_INDEX_COMBINATION = 18;
    static final int UNSUPPORTED_RELATION = 19;
    static final int UNSUPPORTED_RELATION_MODIFIER = 20;
    static final int TERM_TOO_LONG = 23;
    static final int EMPTY_TERM = 27;
    static final int MASKING_UNSUPPORTED = 28;
    static final int ANCHORING_UNSUPPORTED = 31;
    static final int TERM_INVALID_FOR_INDEX = 36;
    static final int UNSUPPORTED_BOOLEAN = 37;
    static final int TOO_MANY_BOOLEANS = 38;
    static final int UNSUPPORTED_BOOLEAN_MODIFIER = 46;
    static final int UNSUPPORTED_QUERY_FEATURE = 48;
    static final int FIRST_RECORD_OUT_OF_RANGE = 61;
    static final int RECORD_DOES_NOT_EXIST = 65;
    static final int UNKNOWN_SCHEMA = 66;
    static final int UNSUPPORTED_RECORD_PACKING = 71;
    static final int XPATH_UNSUPPORTED = 72;
    static final int SORT_UNSUPPORTED = 80;
    static final int STYLESHEETS_UNSUPPORTED = 110;

    String uri() {
        return "info:srw/diagnostic/1/" + number;
    }

    /**
     * The diagnostic for the first rule a translated search breaks. The field limits of the search screens
     * apply to SRU too; the paging ones cannot arise, as SRU paging is ours.
     */
    static SruDiagnostic of(List<SearchProblem> problems, String isbn) {
        SearchProblem first = problems.get(0);
        return switch (first) {
            case TEXT_TOO_LONG ->
                new SruDiagnostic(
                        TERM_TOO_LONG,
                        String.valueOf(SearchRequest.MAX_TEXT_LENGTH),
                        "The words for one index may be at most " + SearchRequest.MAX_TEXT_LENGTH + " characters long");
            case INVALID_ISBN ->
                new SruDiagnostic(TERM_INVALID_FOR_INDEX, isbn, "Not an ISBN-10 or ISBN-13 with a valid check digit");
            case CONTROL_CHARACTERS ->
                new SruDiagnostic(QUERY_SYNTAX_ERROR, null, "The query contains control characters");
            default ->
                new SruDiagnostic(UNSUPPORTED_PARAMETER_VALUE, null, "The search cannot be run: " + first.code());
        };
    }
}
