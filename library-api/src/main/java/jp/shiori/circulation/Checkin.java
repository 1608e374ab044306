package jp.shiori.circulation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A return just made: the loan it closed, the days it was overdue (0 when in time), and where the item goes
 * now (the holds context decides).
 */
public record Checkin(
        long loanId,
        long patronId,
        String barcode,
        String title,
        LocalDate dueOn,
        long overdueDays,
        HoldQueue.Disposition disposition)
        implements Serializable {}
