package jp.shiori.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shiori.holds.HoldRules.PatronFacts;
import jp.shiori.holds.HoldRules.PickupFacts;
import jp.shiori.holds.HoldRules.Sibling;
import jp.shiori.holds.HoldRules.TitleFacts;
import org.junit.jupiter.api.Test;

/** 予約: what may be held, where it is collected, how long a copy waits and who takes the next one. */
class HoldRulesTest {

    private static final PatronFacts PATRON = new PatronFacts(false, false, true, 0, 10);
    private static final TitleFacts HOLDABLE = new TitleFacts(true, true, false, false);
    private static final PickupFacts CENTRAL_COUNTER =
            new PickupFacts(true, Set.of("counter", "hold-shelf-room"), "counter");
    private static final PickupFacts BRANCH = new PickupFacts(true, Set.of(), null);

    private static HoldPlacement placement(HoldType type, Integer wanted, Long... titles) {
        return new HoldPlacement(List.of(titles), type, wanted, ContactMethod.EMAIL, "central", "counter", true, "ja");
    }

    private static List<HoldRefusal> reasons(List<TitleRefusal> refusals) {
        return refusals.stream().map(TitleRefusal::reason).toList();
    }

    @Test
    void holdableTitlesForAPatronInGoodStandingAreAccepted() {
        assertEquals(
                List.of(),
                HoldRules.refusals(
                        placement(HoldType.NORMAL, null, 1L, 2L),
                        PATRON,
                        Map.of(1L, HOLDABLE, 2L, HOLDABLE),
                        CENTRAL_COUNTER));
    }

    @Test
    void eachTitleSaysWhyItCannotBeHeld() {
        List<TitleRefusal> refusals = HoldRules.refusals(
                placement(HoldType.NORMAL, null, 1L, 2L, 3L, 4L),
                PATRON,
                Map.of(
                        1L, new TitleFacts(true, false, false, false),
                        2L, new TitleFacts(true, true, true, false),
                        3L, new TitleFacts(true, true, false, true)),
                CENTRAL_COUNTER);
        assertEquals(
                List.of(
                        new TitleRefusal(1L, HoldRefusal.NO_LOANABLE_COPY),
                        new TitleRefusal(2L, HoldRefusal.ALREADY_HELD),
                        new TitleRefusal(3L, HoldRefusal.ON_LOAN_TO_PATRON),
                        new TitleRefusal(4L, HoldRefusal.UNKNOWN_TITLE)),
                refusals);
    }

    @Test
    void expiredBlockedUnverifiedAndOverTheLimitAreRefusedForThePlacementAsAWhole() {
        PatronFacts patron = new PatronFacts(true, true, false, 9, 10);
        assertEquals(
                List.of(
                        HoldRefusal.CARD_EXPIRED,
                        HoldRefusal.PATRON_BLOCKED,
                        HoldRefusal.EMAIL_NOT_VERIFIED,
                        HoldRefusal.TOO_MANY_HOLDS),
                reasons(HoldRules.refusals(
                        placement(HoldType.NORMAL, null, 1L, 2L),
                        patron,
                        Map.of(1L, HOLDABLE, 2L, HOLDABLE),
                        CENTRAL_COUNTER)));
        PatronFacts atTheLimit = new PatronFacts(false, false, true, 8, 10);
        assertEquals(
                List.of(),
                HoldRules.refusals(
                        placement(HoldType.NORMAL, null, 1L, 2L),
                        atTheLimit,
                        Map.of(1L, HOLDABLE, 2L, HOLDABLE),
                        CENTRAL_COUNTER),
                "ten holds are allowed, the eleventh is not");
    }

    @Test
    void noEmailNeededWhenTheContactIsNoneAndNoConfirmationIsWanted() {
        HoldPlacement quiet =
                new HoldPlacement(List.of(1L), HoldType.NORMAL, null, ContactMethod.NONE, "onbetsu", null, false, "ja");
        assertEquals(
                List.of(),
                HoldRules.refusals(quiet, new PatronFacts(false, false, false, 0, 10), Map.of(1L, HOLDABLE), BRANCH));
    }

    @Test
    void stationsBelongToTheirBranchAndOnlyBranchesWithStationsTakeOne() {
        HoldPlacement forged = placement(HoldType.NORMAL, null, 1L);
        assertEquals(
                List.of(HoldRefusal.INVALID_STATION),
                reasons(HoldRules.refusals(
                        forged,
                        PATRON,
                        Map.of(1L, HOLDABLE),
                        new PickupFacts(true, Set.of("stop-1", "stop-2"), "counter"))),
                "the central counter is no bookmobile stop");
        assertEquals(
                List.of(HoldRefusal.INVALID_STATION),
                reasons(HoldRules.refusals(
                        forged, PATRON, Map.of(1L, HOLDABLE), new PickupFacts(true, Set.of("stop-1"), null))),
                "the bookmobile needs a stop");
        assertEquals(
                List.of(HoldRefusal.INVALID_STATION),
                reasons(HoldRules.refusals(
                        forged, PATRON, Map.of(1L, HOLDABLE), new PickupFacts(true, Set.of(), "counter"))),
                "a branch without stations takes none");
        assertEquals(
                List.of(HoldRefusal.UNKNOWN_PICKUP),
                reasons(HoldRules.refusals(
                        forged, PATRON, Map.of(1L, HOLDABLE), new PickupFacts(false, Set.of(), null))));
    }

    @Test
    void orderedNeedsTwoTitlesAndAnyNNeedsFewerThanTheTitles() {
        Map<Long, TitleFacts> three = Map.of(1L, HOLDABLE, 2L, HOLDABLE, 3L, HOLDABLE);
        assertEquals(
                List.of(HoldRefusal.INVALID_TYPE),
                reasons(HoldRules.refusals(placement(HoldType.ORDERED, null, 1L), PATRON, three, CENTRAL_COUNTER)));
        assertEquals(
                List.of(),
                HoldRules.refusals(placement(HoldType.ANY_N, 2, 1L, 2L, 3L), PATRON, three, CENTRAL_COUNTER));
        for (Integer n : new Integer[] {null, 0, 3, -1}) {
            assertEquals(
                    List.of(HoldRefusal.INVALID_TYPE),
                    reasons(HoldRules.refusals(
                            placement(HoldType.ANY_N, n, 1L, 2L, 3L), PATRON, three, CENTRAL_COUNTER)),
                    "N = " + n);
        }
        assertEquals(
                List.of(HoldRefusal.NO_TITLES),
                reasons(HoldRules.refusals(placement(HoldType.NORMAL, null, 1L, 1L), PATRON, three, CENTRAL_COUNTER)),
                "the same title twice");
        assertTrue(reasons(HoldRules.refusals(placement(HoldType.NORMAL, null), PATRON, three, CENTRAL_COUNTER))
                .contains(HoldRefusal.NO_TITLES));
    }

    @Test
    void aCopyWaitsSevenOpenDaysOfThePickupBranch() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertEquals(LocalDate.of(2026, 12, 7), HoldRules.pickupDeadline(monday, day -> false));
        Set<LocalDate> closed = Set.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));
        assertEquals(
                LocalDate.of(2026, 12, 9),
                HoldRules.pickupDeadline(monday, closed::contains),
                "two closed days in the week push the deadline by two days");
    }

    @Test
    void aReadyHoldExpiresTheDayAfterItsDeadlineNeverOnIt() {
        LocalDate deadline = LocalDate.of(2026, 12, 7);
        assertFalse(HoldRules.expired(deadline, deadline.minusDays(1)));
        assertFalse(HoldRules.expired(deadline, deadline), "the deadline day itself is still a pickup day");
        assertTrue(HoldRules.expired(deadline, deadline.plusDays(1)));
    }

    @Test
    void anOrderedHoldWaitsUntilTheTitlesBeforeItAreCollectedOrCancelled() {
        List<Sibling> firstWaiting = List.of(new Sibling(0, HoldStatus.WAITING), new Sibling(1, HoldStatus.WAITING));
        assertTrue(HoldRules.mayTrap(HoldType.ORDERED, null, 0, firstWaiting));
        assertFalse(HoldRules.mayTrap(HoldType.ORDERED, null, 1, firstWaiting));
        assertFalse(
                HoldRules.mayTrap(
                        HoldType.ORDERED,
                        null,
                        1,
                        List.of(new Sibling(0, HoldStatus.READY), new Sibling(1, HoldStatus.WAITING))),
                "ready is not collected");
        assertTrue(HoldRules.mayTrap(
                HoldType.ORDERED,
                null,
                1,
                List.of(new Sibling(0, HoldStatus.FULFILLED), new Sibling(1, HoldStatus.WAITING))));
        assertTrue(HoldRules.mayTrap(
                HoldType.ORDERED,
                null,
                1,
                List.of(new Sibling(0, HoldStatus.CANCELLED), new Sibling(1, HoldStatus.WAITING))));
    }

    @Test
    void anAnyNHoldTakesCopiesUntilNAreTrappedAndThenTheRestAreCancelled() {
        List<Sibling> oneReady = List.of(
                new Sibling(0, HoldStatus.READY),
                new Sibling(1, HoldStatus.WAITING),
                new Sibling(2, HoldStatus.WAITING));
        assertTrue(HoldRules.mayTrap(HoldType.ANY_N, 2, 1, oneReady));
        assertFalse(HoldRules.mayTrap(HoldType.ANY_N, 1, 1, oneReady));
        assertTrue(HoldRules.anyNSatisfied(1, oneReady));
        assertFalse(HoldRules.anyNSatisfied(2, oneReady));
    }

    @Test
    void thePatronCancelsOnlyAWaitingHoldPlacedOnTheWeb() {
        assertEquals(Optional.empty(), HoldRules.patronMayCancel(HoldStatus.WAITING, false));
        assertEquals(Optional.of(HoldRefusal.COUNTER_REQUESTED), HoldRules.patronMayCancel(HoldStatus.WAITING, true));
        assertEquals(Optional.of(HoldRefusal.ALREADY_TRAPPED), HoldRules.patronMayCancel(HoldStatus.READY, false));
        assertEquals(Optional.of(HoldRefusal.ALREADY_TRAPPED), HoldRules.patronMayCancel(HoldStatus.IN_TRANSIT, false));
        assertEquals(Optional.of(HoldRefusal.ALREADY_ENDED), HoldRules.patronMayCancel(HoldStatus.CANCELLED, false));
    }

    @Test
    void thePickupWeekComesFromThePolicyAndCountsOnlyOpenDays() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertEquals(LocalDate.of(2026, 12, 3), HoldRules.pickupDeadline(monday, 3, day -> false));
        assertEquals(
                LocalDate.of(2026, 12, 4), HoldRules.pickupDeadline(monday, 3, day -> day.equals(monday.plusDays(2))));
        assertEquals(HoldRules.pickupDeadline(monday, day -> false), HoldRules.pickupDeadline(monday, 7, day -> false));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> HoldRules.pickupDeadline(monday, 0, day -> false));
    }
}
