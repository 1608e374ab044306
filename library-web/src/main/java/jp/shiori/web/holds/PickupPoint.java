package jp.shiori.web.holds;

import java.io.Serializable;
import java.util.Optional;

/**
 * A place to pick a hold up: a branch (受取館) and, where the branch has them, one of its stations (受取ステーション).
 * In a select it travels as {@code branch|station} ({@code west|} for a branch without stations).
 */
public record PickupPoint(String branch, String station) implements Serializable {

    private static final String SEPARATOR = "|";

    public PickupPoint {
        station = station == null || station.isEmpty() ? null : station;
    }

    /** The value of the point's option. */
    public String value() {
        return branch + SEPARATOR + (station == null ? "" : station);
    }

    /** The point an option's value names; empty for a value no option has (no separator, no branch). */
    public static Optional<PickupPoint> parse(String value) {
        int separator = value == null ? -1 : value.indexOf(SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PickupPoint(value.substring(0, separator), value.substring(separator + 1)));
    }
}
