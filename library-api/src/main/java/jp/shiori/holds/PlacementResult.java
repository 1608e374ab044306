package jp.shiori.holds;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a placement: every hold placed, or none and every reason. Holds are placed all together or
 * not at all.
 */
public record PlacementResult(List<HoldView> placed, List<TitleRefusal> refusals) implements Serializable {

    public PlacementResult {
        placed = List.copyOf(placed);
        refusals = List.copyOf(refusals);
    }

    public boolean accepted() {
        return refusals.isEmpty();
    }
}
