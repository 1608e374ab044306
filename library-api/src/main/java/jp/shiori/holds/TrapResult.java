package jp.shiori.holds;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What happened to a copy at check-in, on the pull list or on receipt: set aside for a hold (ready here or in
 * transit to the pickup branch), or back to the shelf ({@code holdId} null). Printed on the slip.
 */
public record TrapResult(
        String itemBarcode,
        String title,
        Long holdId,
        HoldStatus status,
        String cardNumber,
        String patronName,
        String pickupBranch,
        String pickupStation,
        String shelfSlot,
        LocalDate deadline)
        implements Serializable {

    public boolean trapped() {
        return holdId != null;
    }
}
