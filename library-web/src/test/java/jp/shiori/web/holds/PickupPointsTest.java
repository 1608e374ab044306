package jp.shiori.web.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchKind;
import jp.shiori.branch.BranchView;
import jp.shiori.branch.PickupPointView;
import jp.shiori.branch.PickupStationKind;
import jp.shiori.common.LocalizedText;
import org.junit.jupiter.api.Test;

/** 受取館 and 受取ステーション as the placement form, the counter and My page offer and name them. */
class PickupPointsTest {

    private static final BranchView CENTRAL = new BranchView(
            "central",
            BranchKind.LIBRARY,
            LocalizedText.of("中央図書館", "Central Library"),
            null,
            null,
            null,
            null,
            true,
            List.of(
                    new PickupPointView("central", null, null, LocalizedText.of("中央図書館", "Central Library")),
                    new PickupPointView(
                            "central",
                            "counter",
                            PickupStationKind.COUNTER,
                            LocalizedText.of("窓口受取", "Holds counter"))));
    private static final BranchView WEST = new BranchView(
            "west",
            BranchKind.LIBRARY,
            LocalizedText.of("西分館", "West Branch"),
            null,
            null,
            null,
            null,
            true,
            List.of(new PickupPointView("west", null, null, LocalizedText.of("西分館", "West Branch"))));
    private static final BranchView OFFICE = new BranchView(
            "office", BranchKind.LIBRARY, LocalizedText.of("事務室", "Office"), null, null, null, null, false, List.of());

    private static final BranchDirectory DIRECTORY = new BranchDirectory() {
        @Override
        public LocalizedText libraryName() {
            return LocalizedText.of("釧路市図書館", "Kushiro City Library");
        }

        @Override
        public List<BranchView> branches() {
            return List.of(CENTRAL, WEST, OFFICE);
        }

        @Override
        public Optional<BranchView> branch(String code) {
            return branches().stream().filter(b -> b.code().equals(code)).findFirst();
        }
    };

    private final PickupPoints points = PickupPoints.of(DIRECTORY, Locale.JAPANESE);

    @Test
    void onlyBranchesThatHandOverHoldsArePickupPoints() {
        assertEquals(
                List.of("central", "west"),
                points.branches().stream().map(PickupPoints.Choice::code).toList());
        assertEquals(List.of(), points.stations("office"));
        assertEquals("office", points.branchName("office"));
    }

    @Test
    void theCounterListsEveryPointAndNamesAStationWithItsBranch() {
        assertEquals(
                List.of(
                        new PickupPoint("central", null),
                        new PickupPoint("central", "counter"),
                        new PickupPoint("west", null)),
                points.all());
        assertEquals("中央図書館 — 窓口受取", points.name(new PickupPoint("central", "counter")));
        assertEquals("West Branch", PickupPoints.of(DIRECTORY, Locale.ENGLISH).name(new PickupPoint("west", "")));
        assertEquals(new PickupPoint("central", "counter"), points.first("central"));
        assertNull(points.first("west").station());
    }

    @Test
    void aPointTravelsThroughASelectAsBranchBarStation() {
        assertEquals("central|counter", new PickupPoint("central", "counter").value());
        assertEquals("west|", new PickupPoint("west", null).value());
        assertEquals(Optional.of(new PickupPoint("west", null)), PickupPoint.parse("west|"));
        assertEquals(Optional.of(new PickupPoint("bookmobile", "stop-03")), PickupPoint.parse("bookmobile|stop-03"));
        assertTrue(PickupPoint.parse("central").isEmpty());
        assertTrue(PickupPoint.parse("|counter").isEmpty());
        assertTrue(PickupPoint.parse(null).isEmpty());
    }
}
