package jp.shiori.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a search must keep before anything is searched (the "bad input"). */
class SearchRequestTest {

    private static SearchRequest fields(
            String q, String isbn, String ndc, Integer from, Integer to, int page, int size) {
        return new SearchRequest(
                q,
                null,
                null,
                null,
                null,
                isbn,
                ndc,
                from,
                to,
                null,
                null,
                false,
                null,
                null,
                SearchSort.RELEVANCE,
                page,
                size);
    }

    @Test
    void anOrdinarySearchBreaksNoRule() {
        assertEquals(List.of(), SearchRequest.keywords("銀河鉄道の夜").problems());
        assertEquals(
                List.of(),
                fields("x", "978-4-04-104001-0", "９１３．６", 1900, 2000, 1000, 100).problems());
    }

    @Test
    void textLongerThanTwoHundredCharactersIsRefused() {
        assertEquals(List.of(), SearchRequest.keywords("猫".repeat(200)).problems());
        assertEquals(
                List.of(SearchProblem.TEXT_TOO_LONG),
                SearchRequest.keywords("猫".repeat(201)).problems());
    }

    @Test
    void controlCharactersAreRefusedButTabsAndNewlinesTypedByHabitAreNot() {
        assertEquals(
                List.of(SearchProblem.CONTROL_CHARACTERS),
                SearchRequest.keywords("銀河\u0000").problems());
        assertEquals(
                List.of(SearchProblem.CONTROL_CHARACTERS),
                SearchRequest.keywords("銀河\u009b").problems());
        assertEquals(List.of(), SearchRequest.keywords("銀河\t鉄道\n").problems());
    }

    @Test
    void queryLanguageIsNotARuleBreakItIsJustText() {
        for (String typed : List.of("*:*", "title:", "~", "\\", "\"unbalanced", "AND OR NOT")) {
            assertEquals(List.of(), SearchRequest.keywords(typed).problems(), typed);
        }
    }

    @Test
    void anInvalidIsbnOrNdcIsRefused() {
        assertEquals(
                List.of(SearchProblem.INVALID_ISBN),
                fields(null, "123", null, null, null, 1, 20).problems());
        assertEquals(
                List.of(SearchProblem.INVALID_NDC),
                fields(null, null, "文学", null, null, 1, 20).problems());
    }

    @Test
    void yearsMustBeFourDigitYearsInOrder() {
        assertEquals(
                List.of(SearchProblem.INVALID_YEAR),
                fields(null, null, null, 2000, 1990, 1, 20).problems());
        assertEquals(
                List.of(SearchProblem.INVALID_YEAR),
                fields(null, null, null, 0, null, 1, 20).problems());
        assertEquals(
                List.of(SearchProblem.INVALID_YEAR),
                fields(null, null, null, null, 10000, 1, 20).problems());
    }

    @Test
    void pagesRunFromOneToAThousandWithAtMostAHundredTitles() {
        assertEquals(
                List.of(SearchProblem.INVALID_PAGE),
                fields("x", null, null, null, null, -1, 20).problems());
        assertEquals(
                List.of(SearchProblem.INVALID_PAGE),
                fields("x", null, null, null, null, 1_000_000_000, 20).problems());
        assertEquals(
                List.of(SearchProblem.INVALID_PAGE_SIZE),
                fields("x", null, null, null, null, 1, 0).problems());
        assertEquals(
                List.of(SearchProblem.INVALID_PAGE_SIZE),
                fields("x", null, null, null, null, 1, 101).problems());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertEquals(
                List.of(SearchProblem.TEXT_TOO_LONG, SearchProblem.INVALID_ISBN, SearchProblem.INVALID_PAGE),
                fields("a".repeat(300), "x", null, null, null, 0, 20).problems());
    }

    @Test
    void nothingToLookForIsAnEmptySearchNotAnError() {
        assertTrue(SearchRequest.keywords("").isEmpty());
        assertTrue(SearchRequest.keywords("   ").isEmpty());
        assertEquals(List.of(), SearchRequest.keywords("").problems());
        assertFalse(fields(null, null, null, 1990, null, 1, 20).isEmpty());
    }
}
