package jp.shiori.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BasketRulesTest {

    private static List<Long> basketOf(int size) {
        return LongStream.rangeClosed(1, size).boxed().toList();
    }

    @Test
    void aTitleIsAddedToABasketWithRoom() {
        assertEquals(BasketRules.Addition.ADDED, BasketRules.add(List.of(1L, 2L), 3L, BasketRules.LIMIT));
        assertEquals(List.of(1L, 2L, 3L), BasketRules.with(List.of(1L, 2L), 3L, BasketRules.LIMIT));
    }

    @Test
    void aTitleAddedTwiceIsInTheBasketOnce() {
        assertEquals(BasketRules.Addition.ALREADY_IN_BASKET, BasketRules.add(List.of(1L, 2L), 2L, BasketRules.LIMIT));
        assertEquals(List.of(1L, 2L), BasketRules.with(List.of(1L, 2L), 2L, BasketRules.LIMIT));
    }

    @Test
    void theBasketHoldsAtMostFiftyTitles() {
        assertEquals(50, BasketRules.LIMIT);
        assertEquals(BasketRules.Addition.ADDED, BasketRules.add(basketOf(49), 100L, BasketRules.LIMIT));
        assertEquals(BasketRules.Addition.FULL, BasketRules.add(basketOf(50), 100L, BasketRules.LIMIT));
        assertEquals(basketOf(50), BasketRules.with(basketOf(50), 100L, BasketRules.LIMIT));
    }

    @Test
    void aFullBasketStillSaysATitleInItIsAlreadyThere() {
        assertEquals(BasketRules.Addition.ALREADY_IN_BASKET, BasketRules.add(basketOf(50), 7L, BasketRules.LIMIT));
    }

    @Test
    void removingKeepsTheOrderOfTheRest() {
        assertEquals(List.of(1L, 3L), BasketRules.without(List.of(1L, 2L, 3L, 4L), Set.of(2L, 4L, 99L)));
    }

    @Test
    void atLoginTheVisitorsTitlesJoinThePatronsBasketInTheirOrderAndOnce() {
        BasketRules.Merge merge =
                BasketRules.merge(List.of(10L, 20L), List.of(30L, 20L, 40L, 30L), id -> true, BasketRules.LIMIT);
        assertEquals(List.of(30L, 40L), merge.added());
        assertFalse(merge.leftSomeOut());
    }

    @Test
    void aMergeNeverPushesTheBasketPastTheLimit() {
        BasketRules.Merge merge =
                BasketRules.merge(basketOf(48), List.of(100L, 101L, 102L, 5L), id -> true, BasketRules.LIMIT);
        assertEquals(List.of(100L, 101L), merge.added());
        assertEquals(List.of(102L), merge.overLimit());
        assertTrue(merge.leftSomeOut());
    }

    @Test
    void aMergeLeavesOutTitlesThatCanNoLongerBeHeld() {
        BasketRules.Merge merge = BasketRules.merge(List.of(), List.of(1L, 2L, 3L), id -> id != 2L, BasketRules.LIMIT);
        assertEquals(List.of(1L, 3L), merge.added());
        assertEquals(List.of(2L), merge.notHoldable());
    }

    @Test
    void anEmptyVisitorBasketChangesNothing() {
        BasketRules.Merge merge = BasketRules.merge(List.of(1L), List.of(), id -> true, BasketRules.LIMIT);
        assertTrue(merge.added().isEmpty());
        assertFalse(merge.leftSomeOut());
    }
}
