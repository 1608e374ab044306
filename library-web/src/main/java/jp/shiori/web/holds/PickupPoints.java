package jp.shiori.web.holds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.branch.PickupPointView;

/**
 * The pickup points of the library in the reader's language, as the placement form (受取館, then its 受取ステーション),
 * the counter (every point in one list) and My page (the name of a hold's pickup library) offer and name them.
 * Only branches that hand over holds are pickup points.
 */
public final class PickupPoints {

    /** An option of a select: the code sent and the name shown. */
    public record Choice(String code, String name) implements java.io.Serializable {}

    private final List<BranchView> branches;
    private final Locale locale;

    private PickupPoints(List<BranchView> branches, Locale locale) {
        this.branches = branches;
        this.locale = locale;
    }

    public static PickupPoints of(BranchDirectory directory, Locale locale) {
        return new PickupPoints(
                directory.branches().stream().filter(BranchView::pickupLocation).toList(), locale);
    }

    /** 受取館, in the library's order. */
    public List<Choice> branches() {
        return branches.stream()
                .map(b -> new Choice(b.code(), b.name().in(locale)))
                .toList();
    }

    /** 受取ステーション of a branch: none for a branch without stations or that is no pickup point. */
    public List<Choice> stations(String branchCode) {
        return branch(branchCode).map(PickupPoints::stationsOf).orElse(List.of()).stream()
                .map(p -> new Choice(p.stationCode(), p.name().in(locale)))
                .toList();
    }

    public Optional<BranchView> branch(String code) {
        return branches.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    /** Every point of every branch, a branch without stations once and a branch with stations once per station. */
    public List<PickupPoint> all() {
        List<PickupPoint> points = new ArrayList<>();
        for (BranchView branch : branches) {
            for (PickupPointView point : branch.pickupPoints()) {
                points.add(new PickupPoint(branch.code(), point.stationCode()));
            }
        }
        return points;
    }

    /** The point a desk of this branch offers first: its first station, or the branch itself. */
    public PickupPoint first(String branchCode) {
        return new PickupPoint(
                branchCode,
                branch(branchCode).stream()
                        .flatMap(b -> stationsOf(b).stream())
                        .map(PickupPointView::stationCode)
                        .findFirst()
                        .orElse(null));
    }

    /** The branch's name, or its code for a branch that is no pickup point. */
    public String branchName(String code) {
        return branch(code).map(b -> b.name().in(locale)).orElse(code);
    }

    /** The station's name, or its code for one the branch does not have. */
    public String stationName(String branchCode, String station) {
        return stations(branchCode).stream()
                .filter(s -> s.code().equals(station))
                .map(Choice::name)
                .findFirst()
                .orElse(station);
    }

    /** "中央図書館 — 窓口受取" for a station, the branch's name for a branch without stations. */
    public String name(PickupPoint point) {
        String branch = branchName(point.branch());
        return point.station() == null ? branch : branch + " — " + stationName(point.branch(), point.station());
    }

    private static List<PickupPointView> stationsOf(BranchView branch) {
        return branch.pickupPoints().stream()
                .filter(p -> p.stationCode() != null)
                .toList();
    }
}
