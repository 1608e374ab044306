package jp.shiori.holds;

import java.util.List;

/**
 * The outcome of a placement: every hold placed, or none and every reason. Holds are placed all together or
 * not at all.
 */
public record PlacementResult(List<HoldView> placed, List<TitleRefusal> refusals) {

    public PlacementResult {
        placed = List.copyOf(placed);
        refusals = List.copyOf(refusals);
    }

    public boolean accepted() {
        return refusals.isEmpty();
    }
}
