package jp.shiori.holds;

import java.io.Serializable;
import java.time.LocalDate;

/** A copy on a branch's hold shelf (or on its way there), for staff: 取置棚一覧. */
public record HoldShelfLine(
        long holdId,
        String itemBarcode,
        String title,
        String cardNumber,
        String patronName,
        HoldStatus status,
        String pickupStation,
        String shelfSlot,
        LocalDate deadline)
        implements Serializable {}
