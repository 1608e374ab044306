package jp.shiori.web.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchKind;
import jp.shiori.branch.BranchView;
import jp.shiori.branch.PickupPointView;
import jp.shiori.branch.PickupStationKind;
import jp.shiori.common.LocalizedText;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.TrapResult;
import org.junit.jupiter.api.Test;

/** 予約票: what the slip of a copy set aside says — the pickup point in words, 回送 and where to, or nothing at all. */
class HoldSlipTest {

    private static final LocalizedText CENTRAL = new LocalizedText("釧路市中央図書館", "Kushiro City Central Library");
    private static final LocalizedText WEST = new LocalizedText("西部地区図書館 (コア鳥取内)", "West District Library");

    private static final BranchDirectory BRANCHES = new BranchDirectory() {
        @Override
        public LocalizedText libraryName() {
            return new LocalizedText("釧路市図書館", "Kushiro City Library");
        }

        @Override
        public List<BranchView> branches() {
            return List.of(
                    new BranchView(
                            "central",
                            BranchKind.LIBRARY,
                            CENTRAL,
                            null,
                            null,
                            null,
                            null,
                            true,
                            List.of(
                                    new PickupPointView(
                                            "central",
                                            "counter",
                                            PickupStationKind.COUNTER,
                                            new LocalizedText("窓口受取", "Holds counter")),
                                    new PickupPointView(
                                            "central",
                                            "hold-shelf-room",
                                            PickupStationKind.HOLD_SHELF_ROOM,
                                            new LocalizedText("予約取置室", "Hold-shelf room")))),
                    new BranchView(
                            "west",
                            BranchKind.LIBRARY,
                            WEST,
                            null,
                            null,
                            null,
                            null,
                            true,
                            List.of(new PickupPointView("west", null, null, WEST))));
        }

        @Override
        public Optional<BranchView> branch(String code) {
            return branches().stream().filter(b -> b.code().equals(code)).findFirst();
        }
    };

    private static TrapResult trapped(
            HoldStatus status, String branch, String station, String slot, LocalDate deadline) {
        return new TrapResult(
                "1234567890", "銀河鉄道の夜", 7L, status, "20180401001", "宮沢 花子", branch, station, slot, deadline);
    }

    @Test
    void aCopyReadyInTheHoldShelfRoomNamesTheBranchTheRoomItsSlotAndTheDeadline() {
        LocalDate deadline = LocalDate.of(2026, 12, 7);
        HoldSlip slip = HoldSlip.of(
                        trapped(HoldStatus.READY, "central", "hold-shelf-room", "R-004", deadline),
                        BRANCHES,
                        Locale.JAPANESE)
                .orElseThrow();
        assertFalse(slip.isTransit());
        assertEquals("釧路市中央図書館 予約取置室", slip.getPickup());
        assertEquals("R-004", slip.getSlot());
        assertEquals(deadline, slip.getDeadline());
        assertEquals("宮沢 花子", slip.getPatronName());
        assertEquals("20180401001", slip.getCard());
    }

    @Test
    void aCopyInTransitSaysWhichBranchItGoesToInTheStaffMembersLanguage() {
        HoldSlip slip = HoldSlip.of(trapped(HoldStatus.IN_TRANSIT, "west", null, null, null), BRANCHES, Locale.ENGLISH)
                .orElseThrow();
        assertTrue(slip.isTransit());
        assertEquals("West District Library", slip.getPickupBranch());
        assertEquals("West District Library", slip.getPickup(), "a branch without stations is the pickup point itself");
    }

    @Test
    void aCopyBackOnTheShelfHasNoSlip() {
        TrapResult shelf = new TrapResult("1234567890", "銀河鉄道の夜", null, null, null, null, null, null, null, null);
        assertTrue(HoldSlip.of(shelf, BRANCHES, Locale.JAPANESE).isEmpty());
        assertTrue(HoldSlip.of(null, BRANCHES, Locale.JAPANESE).isEmpty());
    }
}
