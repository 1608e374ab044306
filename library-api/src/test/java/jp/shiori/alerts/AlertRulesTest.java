package jp.shiori.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.PatronCategory;
import jp.shiori.patron.PatronProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guide's rules of 新着案内配信サービス: who may, who receives mail, and what a condition may be. */
class AlertRulesTest {

    private static final Set<String> BRANCHES = Set.of("central", "west");

    private static PatronProfile patron(String email, boolean verified, CardStanding standing, boolean blocked) {
        return new PatronProfile(
                1,
                "20180401001",
                "釧路 花子",
                "クシロ ハナコ",
                email,
                verified,
                PatronCategory.ADULT,
                LocalDate.of(2027, 4, 1),
                standing,
                blocked);
    }

    private static AlertConditions keyword(String keywords) {
        return new AlertConditions(keywords, null, null, null, null, null, null, null, null);
    }

    private static AlertConditions ndc(String ndc) {
        return new AlertConditions(null, null, null, null, null, ndc, null, null, null);
    }

    @Test
    void anAlertNeedsAVerifiedEmailAddress() {
        assertEquals(
                List.of(AlertProblem.EMAIL_NOT_VERIFIED),
                AlertRules.mayRegister(patron("a@example.jp", false, CardStanding.VALID, false), 0, 20));
        assertEquals(
                List.of(AlertProblem.EMAIL_NOT_VERIFIED),
                AlertRules.mayRegister(patron(null, false, CardStanding.VALID, false), 0, 20));
        assertEquals(List.of(), AlertRules.mayRegister(patron("a@example.jp", true, CardStanding.VALID, false), 0, 20));
    }

    @Test
    void aPatronHasAtMostThePolicysNumberOfAlerts() {
        PatronProfile p = patron("a@example.jp", true, CardStanding.VALID, false);
        assertEquals(List.of(), AlertRules.mayRegister(p, 19, 20));
        assertEquals(List.of(AlertProblem.ALERT_LIMIT), AlertRules.mayRegister(p, 20, 20));
    }

    @Test
    void aBlockedOrExpiredCardReceivesNothing() {
        assertTrue(AlertRules.receivesMail(patron("a@example.jp", true, CardStanding.RENEWAL_NEAR, false)));
        assertFalse(AlertRules.receivesMail(patron("a@example.jp", true, CardStanding.EXPIRED, false)));
        assertFalse(AlertRules.receivesMail(patron("a@example.jp", true, CardStanding.VALID, true)));
        assertFalse(AlertRules.receivesMail(patron("a@example.jp", false, CardStanding.VALID, false)));
    }

    @Test
    void atLeastOneConditionAndSpacesAreNone() {
        assertEquals(List.of(AlertProblem.NO_CONDITION), keyword(null).problems(BRANCHES));
        assertEquals(List.of(AlertProblem.NO_CONDITION), keyword(" 　 ").problems(BRANCHES));
        assertEquals(List.of(), keyword(" ケーキ ").problems(BRANCHES));
        assertEquals("ケーキ", keyword(" ケーキ　").keywords());
        assertEquals(
                List.of(),
                new AlertConditions(null, null, null, null, null, null, MaterialType.BOOK, null, null)
                        .problems(BRANCHES));
    }

    @Test
    void theNdcClassIsAPrefixOfDigits() {
        assertEquals(List.of(), ndc("596").problems(BRANCHES));
        assertEquals(List.of(), ndc("５９６").problems(BRANCHES));
        assertEquals("596", ndc("５９６").ndc());
        assertEquals(List.of(AlertProblem.INVALID_NDC), ndc("お菓子").problems(BRANCHES));
        assertEquals(List.of(AlertProblem.INVALID_NDC), ndc("59x").problems(BRANCHES));
    }

    @Test
    void aVeryLongKeywordIsRefused() {
        assertEquals(
                List.of(AlertProblem.TEXT_TOO_LONG), keyword("ケ".repeat(10_000)).problems(BRANCHES));
        assertEquals(
                List.of(), keyword("ケ".repeat(SearchRequest.MAX_TEXT_LENGTH)).problems(BRANCHES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:*", "\"ケーキ\"", "(ケーキ)", "title:ケーキ", "ケーキ OR || パン", "ケーキ？"})
    void querySyntaxIsRefusedNotInterpreted(String text) {
        assertEquals(List.of(AlertProblem.QUERY_SYNTAX), keyword(text).problems(BRANCHES));
    }

    @Test
    void branchAndLanguageMustExist() {
        AlertConditions c = new AlertConditions(null, null, null, null, null, null, null, "nowhere", "xxx");
        assertEquals(List.of(AlertProblem.UNKNOWN_BRANCH, AlertProblem.UNKNOWN_LANGUAGE), c.problems(BRANCHES));
        assertEquals(
                List.of(),
                new AlertConditions(null, null, null, null, null, null, null, "west", "jpn").problems(BRANCHES));
    }

    @Test
    void theMailTitleIsRequiredShortAndOnOneLine() {
        AlertConditions cake = keyword("ケーキ");
        assertEquals(List.of(), new AlertDraft("お菓子作りの新刊", cake).problems(BRANCHES));
        assertEquals(List.of(AlertProblem.MAIL_TITLE_MISSING), new AlertDraft("  ", cake).problems(BRANCHES));
        assertEquals(
                List.of(AlertProblem.MAIL_TITLE_TOO_LONG), new AlertDraft("あ".repeat(101), cake).problems(BRANCHES));
        assertEquals(
                List.of(AlertProblem.CONTROL_CHARACTERS),
                new AlertDraft("新刊\r\nBcc: x@example.jp", cake).problems(BRANCHES));
    }

    @Test
    void theConditionsBecomeTheCatalogsOwnSearch() {
        AlertConditions c =
                new AlertConditions("ケーキ", null, null, null, null, "596", MaterialType.BOOK, "central", "jpn");
        SearchRequest r = c.toSearch(1, 20);
        assertEquals("ケーキ", r.keywords());
        assertEquals("596", r.ndc());
        assertEquals(Set.of(MaterialType.BOOK), r.materialTypes());
        assertEquals(Set.of("central"), r.branches());
        assertEquals(Set.of("jpn"), r.languages());
        assertEquals(List.of(), r.problems());
    }
}
