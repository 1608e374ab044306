package jp.shiori.web.holds;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.TrapResult;

/**
 * The slip put into a copy set aside for a hold (予約票): title, patron, pickup point, shelf slot and deadline, or
 * 回送 and the branch it goes to. Printed with the receipt's print CSS; a class with getters for EL.
 */
public final class HoldSlip implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String barcode;
    private final String title;
    private final String patronName;
    private final String card;
    private final boolean transit;
    private final String pickupBranch;
    private final String pickup;
    private final String slot;
    private final LocalDate deadline;

    private HoldSlip(TrapResult trapped, String pickupBranch, String pickup) {
        this.barcode = trapped.itemBarcode();
        this.title = trapped.title();
        this.patronName = trapped.patronName();
        this.card = trapped.cardNumber();
        this.transit = trapped.status() == HoldStatus.IN_TRANSIT;
        this.pickupBranch = pickupBranch;
        this.pickup = pickup;
        this.slot = trapped.shelfSlot();
        this.deadline = trapped.deadline();
    }

    /** The slip of a copy set aside; empty when the copy went back to the shelf. */
    public static Optional<HoldSlip> of(TrapResult result, BranchDirectory branches, Locale locale) {
        if (result == null || !result.trapped()) {
            return Optional.empty();
        }
        Optional<BranchView> branch = branches.branch(result.pickupBranch());
        String branchName = branch.map(b -> b.name().in(locale)).orElse(result.pickupBranch());
        String station = result.pickupStation() == null
                ? null
                : branch.stream()
                        .flatMap(b -> b.pickupPoints().stream())
                        .filter(p -> result.pickupStation().equals(p.stationCode()))
                        .map(p -> p.name().in(locale))
                        .findFirst()
                        .orElse(result.pickupStation());
        return Optional.of(new HoldSlip(result, branchName, station == null ? branchName : branchName + " " + station));
    }

    public String getBarcode() {
        return barcode;
    }

    public String getTitle() {
        return title;
    }

    public String getPatronName() {
        return patronName;
    }

    public String getCard() {
        return card;
    }

    /** 回送: the copy goes to another branch first; the deadline starts when it arrives there. */
    public boolean isTransit() {
        return transit;
    }

    /** The branch that hands the copy over (where a copy in transit goes). */
    public String getPickupBranch() {
        return pickupBranch;
    }

    /** The pickup point: the branch, and the station when it has stations. */
    public String getPickup() {
        return pickup;
    }

    public String getSlot() {
        return slot;
    }

    public LocalDate getDeadline() {
        return deadline;
    }
}
