package jp.shiori.branch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shiori.branch.BranchKind;
import jp.shiori.branch.PickupPointView;
import jp.shiori.branch.PickupStationKind;
import jp.shiori.common.LocalizedText;
import org.junit.jupiter.api.Test;

/** 受取館・受取ステーション: which pickup points a branch offers. */
class BranchPickupPointsTest {

    private static Branch library(String code, boolean pickupLocation) {
        return new Branch(
                code,
                BranchKind.LIBRARY,
                new LocalizedText("館" + code, "Library " + code),
                "0154-00-0000",
                pickupLocation,
                10);
    }

    @Test
    void aBranchWithoutStationsOffersItselfAsTheOnlyPickupPoint() {
        Branch onbetsu = library("onbetsu", true);

        List<PickupPointView> points = onbetsu.pickupPoints();

        assertEquals(1, points.size());
        assertEquals("onbetsu", points.get(0).branchCode());
        assertNull(points.get(0).stationCode());
        assertNull(points.get(0).stationKind());
        assertEquals("館onbetsu", points.get(0).name().ja());
    }

    @Test
    void theCentralLibraryOffersTheCounterAndTheHoldShelfRoomInDisplayOrder() {
        Branch central = library("central", true);
        new PickupStation(
                central,
                "hold-shelf-room",
                PickupStationKind.HOLD_SHELF_ROOM,
                new LocalizedText("予約取置室", "Hold-shelf room"),
                20);
        new PickupStation(
                central, "counter", PickupStationKind.COUNTER, new LocalizedText("窓口受取", "Holds counter"), 10);

        List<PickupPointView> points = central.pickupPoints();

        assertEquals(
                List.of("counter", "hold-shelf-room"),
                points.stream().map(PickupPointView::stationCode).toList());
        assertEquals(PickupStationKind.COUNTER, points.get(0).stationKind());
        assertTrue(points.stream().allMatch(p -> p.branchCode().equals("central")));
    }

    @Test
    void theBookmobileOffersOnlyItsStopsThatAreStillServed() {
        Branch bus = new Branch(
                "bookmobile", BranchKind.BOOKMOBILE, new LocalizedText("図書館バス", "Library bus"), null, true, 70);
        new PickupStation(bus, "stop-01", PickupStationKind.BOOKMOBILE_STOP, new LocalizedText("駒場公園", null), 10);
        PickupStation closedStop = new PickupStation(
                bus, "stop-02", PickupStationKind.BOOKMOBILE_STOP, new LocalizedText("春日公園", null), 20);
        closedStop.withdraw();

        assertEquals(
                List.of("stop-01"),
                bus.pickupPoints().stream().map(PickupPointView::stationCode).toList());
    }

    @Test
    void aBranchThatIsNotAPickupLocationOffersNoPickupPoint() {
        Branch office = library("office", false);
        new PickupStation(office, "counter", PickupStationKind.COUNTER, new LocalizedText("窓口", null), 10);

        assertTrue(office.pickupPoints().isEmpty());
    }

    @Test
    void aBranchCodeMustBeAShortLowercaseIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> library("NOPE", true));
        assertThrows(IllegalArgumentException.class, () -> library("", true));
        assertThrows(IllegalArgumentException.class, () -> library("a".repeat(33), true));
    }
}
