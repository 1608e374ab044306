package jp.shiori.holds;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.shiori.common.LocalizedText;

/**
 * A hold as the patron (My page, 予約状況) and staff see it.
 *
 * @param queuePosition 1 for the next in line; null unless waiting
 * @param pickupName    the pickup point as patrons read it (branch, and the station when there is one)
 * @param pickupPhone   the pickup branch's phone: cancelling a trapped or counter-requested hold is done by phone
 * @param deadline      取置期限: the last day to collect it; null unless a copy is set aside
 * @param shelfSlot     the shelf in the hold-shelf room; null elsewhere
 * @param endReason     the librarian's own words when staff cancelled it; null otherwise
 * @param endReasonCode why a cancelled or expired hold ended (screens put it into words); null while active
 */
public record HoldView(
        long id,
        long titleId,
        String title,
        HoldStatus status,
        HoldType type,
        Integer queuePosition,
        String pickupBranch,
        String pickupStation,
        LocalizedText pickupName,
        String pickupPhone,
        Instant placedAt,
        LocalDate deadline,
        String shelfSlot,
        boolean counterRequested,
        String itemBarcode,
        String endReason,
        HoldEndReason endReasonCode)
        implements Serializable {

    /** Whether the patron may cancel it on My page (取消する); otherwise at the counter or by phone. */
    public boolean cancellableByPatron() {
        return status == HoldStatus.WAITING && !counterRequested;
    }
}
