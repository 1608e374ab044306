package jp.shiori.circulation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * 貸出・返却・延長. Staff lend and take back items at the desk; patrons see their loans and renew them. Every
 * refusal is a {@link jp.shiori.common.RefusedException} with a stable code, and nothing changes.
 */
public interface Circulation {

    /**
     * The desk's view of the patron whose card was scanned or typed.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for a card nobody holds
     */
    DeskSummary desk(@NotBlank String typedCard);

    /**
     * Lends the item to the patron. Two desks scanning the same item at once make exactly one loan.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for an unknown card, barcode or branch; one of the
     *         codes of {@link CheckoutRefusal} otherwise
     */
    Checkout checkout(@NotNull @Valid CheckoutRequest request, @NotBlank String staff);

    /**
     * Takes an item back at any branch: closes its loan and hands the item to the holds context.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for an unknown barcode or branch, NOT_ON_LOAN
     */
    Checkin checkin(@NotNull @Valid CheckinRequest request, @NotBlank String staff);

    /** The patron's open loans, earliest due first, each saying whether and why not it can be renewed. */
    List<LoanView> loansOf(long patronId);

    /**
     * 延長: the patron renews one of their own loans. A loan of another patron is NOT_FOUND, as if it did not
     * exist; a second renewal is refused with the reason.
     */
    LoanView renew(long patronId, long loanId);
}
