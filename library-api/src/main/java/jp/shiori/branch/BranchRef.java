package jp.shiori.branch;

import java.util.List;
import java.util.Optional;
import jp.shiori.common.LocalizedText;

/** A branch as the other contexts refer to it: its id in their rows, its code and words, its pickup stations. */
public record BranchRef(
        long id,
        String code,
        LocalizedText name,
        String phone,
        int displayOrder,
        boolean pickupLocation,
        List<StationRef> stations) {

    public BranchRef {
        stations = List.copyOf(stations);
    }

    public Optional<StationRef> station(Long stationId) {
        return stationId == null
                ? Optional.empty()
                : stations.stream().filter(s -> s.id() == stationId).findFirst();
    }

    /** The stations a patron may choose now, by code. */
    public Optional<StationRef> activeStation(String code) {
        return stations.stream()
                .filter(s -> s.active() && s.code().equals(code))
                .findFirst();
    }

    /** 受取館 and 受取ステーション in words: "中央図書館 予約取置室" / "Central Library — hold-shelf room". */
    public LocalizedText pickupName(StationRef station) {
        if (station == null) {
            return name;
        }
        LocalizedText s = station.name();
        return new LocalizedText(
                name.ja() + " " + s.ja(),
                (name.en() == null ? name.ja() : name.en()) + " — " + (s.en() == null ? s.ja() : s.en()));
    }

    /** A pickup station of a branch (窓口受取, 予約取置室, a bookmobile stop). */
    public record StationRef(long id, String code, PickupStationKind kind, LocalizedText name, boolean active) {}
}
