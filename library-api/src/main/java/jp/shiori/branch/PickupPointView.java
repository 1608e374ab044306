package jp.shiori.branch;

import java.io.Serializable;
import jp.shiori.common.LocalizedText;

/**
 * A place where a patron can collect a hold: a branch, and a station of it when the branch has stations
 * (受取館 + 受取ステーション). {@code stationCode} and {@code stationKind} are null for a branch's own counter.
 */
public record PickupPointView(String branchCode, String stationCode, PickupStationKind stationKind, LocalizedText name)
        implements Serializable {}
