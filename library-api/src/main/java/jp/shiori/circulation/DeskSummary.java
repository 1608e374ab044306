package jp.shiori.circulation;

import java.io.Serializable;
import java.util.List;
import jp.shiori.patron.PatronProfile;

/**
 * The patron at the desk after the card is scanned: card and its renewal date, block, loans with due dates,
 * how many are overdue, and how many holds wait for pickup (from the holds context).
 */
public record DeskSummary(PatronProfile patron, List<LoanView> loans, int overdueCount, int holdsReadyForPickup)
        implements Serializable {

    public DeskSummary {
        loans = List.copyOf(loans);
    }
}
