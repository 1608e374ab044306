package jp.shiori.circulation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.shiori.common.LocalizedText;

/**
 * A loan as the patron and the desk see it: the title, the branch that owns the item (with its phone, for an
 * overdue loan), the due date, renewals used, and why a renewal is refused (empty: 延長できます).
 */
public record LoanView(
        long id,
        String barcode,
        long titleId,
        String title,
        String branchCode,
        LocalizedText branchName,
        String branchPhone,
        Instant checkedOutAt,
        LocalDate dueOn,
        int renewals,
        int maxRenewals,
        boolean overdue,
        long overdueDays,
        LocalDate renewalDueOn,
        List<RenewalRefusal> renewalRefusals)
        implements Serializable {

    public LoanView {
        renewalRefusals = List.copyOf(renewalRefusals);
    }

    public boolean renewable() {
        return renewalRefusals.isEmpty();
    }
}
