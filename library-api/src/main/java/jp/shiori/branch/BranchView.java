package jp.shiori.branch;

import java.io.Serializable;
import java.util.List;
import jp.shiori.common.LocalizedText;

/**
 * A branch of the library as patrons and integrators see it: the directory entry of the guide's 連絡先
 * with the pickup points it offers, in the library's display order.
 */
public record BranchView(
        String code,
        BranchKind kind,
        LocalizedText name,
        LocalizedText address,
        String phone,
        LocalizedText phoneNote,
        LocalizedText openingHours,
        boolean pickupLocation,
        List<PickupPointView> pickupPoints)
        implements Serializable {

    public BranchView {
        pickupPoints = List.copyOf(pickupPoints);
    }
}
