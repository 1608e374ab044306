package jp.shiori.branch;

/**
 * Where inside a pickup branch a hold is collected (受取ステーション). A branch without stations hands
 * holds over at its own counter and has no station kind.
 */
public enum PickupStationKind {
    /** 窓口受取: the holds counter (4th floor of the central library). */
    COUNTER,
    /** 予約取置室: the self-service hold-shelf room of the central library. */
    HOLD_SHELF_ROOM,
    /** A stop of the bookmobile. */
    BOOKMOBILE_STOP
}
