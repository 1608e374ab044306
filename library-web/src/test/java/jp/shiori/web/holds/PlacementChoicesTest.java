package jp.shiori.web.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldType;
import org.junit.jupiter.api.Test;

class PlacementChoicesTest {

    private static PlacementChoices posted(Map<String, String> form) {
        return PlacementChoices.from(form::get);
    }

    @Test
    void theChoicesOfTheFormBecomeThePlacementInTheOrderOfTheTitles() {
        PlacementChoices choices = posted(Map.of(
                "type",
                "ANY_N",
                "wanted",
                "2",
                "contact",
                "EMAIL",
                "branch",
                "bookmobile",
                "station",
                "stop-05",
                "mail",
                "yes"));
        assertTrue(choices.problems().isEmpty());
        HoldPlacement placement = choices.placement(List.of(3L, 1L, 2L), "ja");
        assertEquals(List.of(3L, 1L, 2L), placement.titleIds());
        assertEquals(HoldType.ANY_N, placement.type());
        assertEquals(2, placement.wanted());
        assertEquals(ContactMethod.EMAIL, placement.contact());
        assertEquals("bookmobile", placement.pickupBranch());
        assertEquals("stop-05", placement.pickupStation());
        assertTrue(placement.confirmationMail());
    }

    @Test
    void aStationOfAnotherBranchIsPassedOnForTheServiceToRefuse() {
        HoldPlacement placement = posted(Map.of(
                        "type", "NORMAL", "contact", "NONE", "branch", "central", "station", "stop-01", "mail", "no"))
                .placement(List.of(1L), "en");
        assertEquals("stop-01", placement.pickupStation());
        assertEquals("en", placement.language());
    }

    @Test
    void aBranchWithoutStationsSendsNoStationAndNIsIgnoredUnlessAnyN() {
        HoldPlacement placement = posted(
                        Map.of("type", "NORMAL", "wanted", "1", "contact", "NONE", "branch", "west", "mail", "no"))
                .placement(List.of(1L), "ja");
        assertNull(placement.pickupStation());
        assertNull(placement.wanted());
    }

    @Test
    void anUnknownHoldTypeOrAnNThatIsNoNumberIsATypeProblem() {
        assertEquals(
                List.of(PlacementChoices.Problem.TYPE),
                posted(Map.of("type", "EVERYTHING", "contact", "NONE", "mail", "no"))
                        .problems());
        assertEquals(
                List.of(PlacementChoices.Problem.TYPE),
                posted(Map.of("type", "ANY_N", "wanted", "two", "contact", "NONE", "mail", "no"))
                        .problems());
        assertEquals(
                List.of(PlacementChoices.Problem.TYPE),
                posted(Map.of("contact", "NONE", "mail", "no")).problems());
    }

    @Test
    void aContactOrMailChoiceNoFormOffersIsAProblemAndNothingIsSent() {
        PlacementChoices choices = posted(Map.of("type", "NORMAL", "contact", "FAX", "mail", "no"));
        assertEquals(List.of(PlacementChoices.Problem.OTHER), choices.problems());
        assertThrows(IllegalStateException.class, () -> choices.placement(List.of(1L), "ja"));
        assertEquals(
                List.of(PlacementChoices.Problem.OTHER),
                posted(Map.of("type", "NORMAL", "contact", "NONE", "mail", "maybe"))
                        .problems());
    }
}
