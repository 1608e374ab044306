package jp.shiori.booklist;

import static jp.shiori.booklist.BookListRules.LoanArrival.ADD;
import static jp.shiori.booklist.BookListRules.LoanArrival.ATTACH;
import static jp.shiori.booklist.BookListRules.LoanArrival.IGNORE;
import static jp.shiori.booklist.BookListRules.LoanArrival.KEEP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookListRulesTest {

    private static final Instant OPT_IN = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void aNicknameIsKeptInNfkcAndTrimmed() {
        assertEquals("Taro", BookListRules.nickname("  Ｔａｒｏ "));
        assertEquals("カナ", BookListRules.nickname("ｶﾅ"));
    }

    @Test
    void aNicknameHasOneToTwentyCharacters() {
        assertEquals(
                Optional.of(BookListRefusal.NICKNAME_EMPTY), BookListRules.nicknameProblem(BookListRules.nickname("")));
        assertEquals(
                Optional.of(BookListRefusal.NICKNAME_EMPTY),
                BookListRules.nicknameProblem(BookListRules.nickname(" 　 ")));
        assertEquals(Optional.empty(), BookListRules.nicknameProblem("本"));
        assertEquals(Optional.empty(), BookListRules.nicknameProblem("栞".repeat(20)));
        assertEquals(Optional.of(BookListRefusal.NICKNAME_TOO_LONG), BookListRules.nicknameProblem("栞".repeat(21)));
        assertEquals(
                Optional.of(BookListRefusal.NICKNAME_TOO_LONG),
                BookListRules.nicknameProblem(BookListRules.nickname("a".repeat(200))));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        assertEquals(Optional.empty(), BookListRules.nicknameProblem("𠮷".repeat(20)));
    }

    @Test
    void aNicknameHasNoControlCharacters() {
        assertEquals(Optional.of(BookListRefusal.NICKNAME_CONTROL), BookListRules.nicknameProblem("a\nb"));
        assertEquals(Optional.of(BookListRefusal.NICKNAME_CONTROL), BookListRules.nicknameProblem("a\tb"));
        assertEquals(Optional.of(BookListRefusal.NICKNAME_CONTROL), BookListRules.nicknameProblem("a\u200Bb"));
        assertEquals(Optional.of(BookListRefusal.NICKNAME_CONTROL), BookListRules.nicknameProblem("a\u0000"));
    }

    @Test
    void nicknamesAreUniqueInAnyCaseAndWidth() {
        String key = BookListRules.nicknameKey("Taro");
        assertEquals(key, BookListRules.nicknameKey("ＴＡＲＯ"));
        assertEquals(key, BookListRules.nicknameKey("taro"));
        assertEquals(key, BookListRules.nicknameKey(" tArO "));
        assertEquals(BookListRules.nicknameKey("ｶﾅ"), BookListRules.nicknameKey("カナ"));
        assertNotEquals(key, BookListRules.nicknameKey("Jiro"));
    }

    @Test
    void aNewVersionOfTheTermsAsksAgain() {
        assertTrue(BookListRules.termsNeeded(null));
        assertTrue(BookListRules.termsNeeded(BookListRules.TERMS_VERSION - 1));
        assertFalse(BookListRules.termsNeeded(BookListRules.TERMS_VERSION));
    }

    @Test
    void aLoanFromTheMomentOfTheOptInIsAdded() {
        assertEquals(ADD, BookListRules.loanArrival(true, OPT_IN, OPT_IN, false, false));
        assertEquals(ADD, BookListRules.loanArrival(true, OPT_IN, OPT_IN.plusSeconds(1), false, false));
    }

    @Test
    void aLoanBeforeTheOptInIsNotAddedByItsEvent() {
        assertEquals(IGNORE, BookListRules.loanArrival(true, OPT_IN, OPT_IN.minusMillis(1), false, false));
    }

    @Test
    void nothingIsAddedWhileAutomaticRegistrationIsOff() {
        assertEquals(IGNORE, BookListRules.loanArrival(false, null, OPT_IN, false, false));
    }

    @Test
    void aRenewedLoanIsOneEntry() {
        assertEquals(KEEP, BookListRules.loanArrival(true, OPT_IN, OPT_IN.plusSeconds(60), true, false));
        assertEquals(KEEP, BookListRules.loanArrival(false, null, OPT_IN.plusSeconds(60), true, false));
    }

    @Test
    void aLoanOfATitleThatWaitsInTheListIsRecordedOnThatEntry() {
        assertEquals(ATTACH, BookListRules.loanArrival(true, OPT_IN, OPT_IN.plusSeconds(60), false, true));
    }

    @Test
    void itemsReturnedBeforeTheOptInAreNotTaken() {
        assertTrue(BookListRules.takenAtOptIn(null));
        assertFalse(BookListRules.takenAtOptIn(OPT_IN.minusSeconds(3600)));
    }

    @Test
    void aPatronHasAtMostFiftyCategories() {
        assertTrue(BookListRules.categoryAllowed(49));
        assertFalse(BookListRules.categoryAllowed(50));
    }

    @Test
    void aCategoryNameHasOneToThirtyCharactersWithoutControls() {
        assertEquals(Optional.empty(), BookListRules.categoryNameProblem("お菓子作り"));
        assertEquals(Optional.of(BookListRefusal.CATEGORY_NAME), BookListRules.categoryNameProblem(""));
        assertEquals(Optional.of(BookListRefusal.CATEGORY_NAME), BookListRules.categoryNameProblem("a".repeat(31)));
        assertEquals(Optional.of(BookListRefusal.CATEGORY_NAME), BookListRules.categoryNameProblem("a\rb"));
        assertEquals(BookListRules.categoryKey("SF"), BookListRules.categoryKey("ｓｆ"));
    }

    @Test
    void aMemoHasAtMostFourHundredCharacters() {
        assertEquals(Optional.empty(), BookListRules.entryProblem("あ".repeat(400), null));
        assertEquals(Optional.of(BookListRefusal.MEMO_TOO_LONG), BookListRules.entryProblem("あ".repeat(401), null));
        assertEquals(Optional.empty(), BookListRules.entryProblem("<script>alert(1)</script>", null));
    }

    @Test
    void aRatingIsOneToFive() {
        assertEquals(Optional.empty(), BookListRules.entryProblem(null, 1));
        assertEquals(Optional.empty(), BookListRules.entryProblem(null, 5));
        assertEquals(Optional.empty(), BookListRules.entryProblem(null, null));
        assertEquals(Optional.of(BookListRefusal.RATING_RANGE), BookListRules.entryProblem(null, 0));
        assertEquals(Optional.of(BookListRefusal.RATING_RANGE), BookListRules.entryProblem(null, 9));
    }

    @Test
    void refusalsOfThingsOfAnotherPatronAreNotFound() {
        assertEquals(
                jp.shiori.common.ErrorCode.NOT_FOUND,
                new BookListRefusedException(BookListRefusal.NOT_FOUND, "x").code());
        assertEquals(
                jp.shiori.common.ErrorCode.CONFLICT,
                new BookListRefusedException(BookListRefusal.NICKNAME_TAKEN, "x").code());
        assertEquals(
                jp.shiori.common.ErrorCode.BOOKLIST_REFUSED,
                new BookListRefusedException(BookListRefusal.RATING_RANGE, "x").code());
    }
}
