package jp.shiori.web.circulation;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.circulation.Checkout;
import jp.shiori.circulation.CheckoutRequest;
import jp.shiori.circulation.Circulation;
import jp.shiori.circulation.DeskSummary;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.Holds;
import jp.shiori.patron.CardStanding;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.staff.StaffCaller;

/**
 * 貸出 at the desk: scan the card, then the items; Enter submits each scan and the focus goes back to the
 * scan field. The loans made for this patron make the receipt, with the card's next renewal date.
 */
@Named
@ViewScoped
public class CheckoutDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Circulation circulation;

    @Inject
    StaffCaller caller;

    @Inject
    Holds holds;

    @Inject
    LanguageSelection language;

    @Inject
    DeskBranch desk;

    private String card;
    private String barcode;
    private DeskSummary summary;
    private List<HoldView> readyHolds = List.of();
    private final List<Checkout> lent = new ArrayList<>();

    /** 利用者カードを読み取る: shows the patron's summary and starts a new receipt. */
    public void lookUp() {
        lent.clear();
        summary = null;
        readyHolds = List.of();
        try {
            summary = circulation.desk(card == null ? "" : card);
            loadReadyHolds();
        } catch (RefusedException e) {
            DeskFeedback.refused(language.getLocale(), e);
        } catch (EJBException e) {
            DeskFeedback.failed(language.getLocale(), e);
        }
    }

    /** 資料を読み取る: lends the item, or says why not; the barcode field is emptied either way. */
    public void lend() {
        if (summary == null) {
            return;
        }
        String scanned = barcode;
        barcode = null;
        try {
            Checkout loan = circulation.checkout(
                    new CheckoutRequest(summary.patron().cardNumber(), scanned == null ? "" : scanned, desk.getCode()),
                    caller.actor());
            lent.add(loan);
            DeskFeedback.done(Messages.get(
                    language.getLocale(),
                    "circ.lent",
                    loan.title(),
                    loan.dueOn().toString()));
            summary = circulation.desk(summary.patron().cardNumber());
            loadReadyHolds();
        } catch (RefusedException e) {
            DeskFeedback.refused(language.getLocale(), e);
        } catch (EJBException e) {
            DeskFeedback.failed(language.getLocale(), e);
        }
    }

    /** The copies waiting for this patron (title, where, slot), read only when the summary counts some. */
    private void loadReadyHolds() {
        readyHolds = summary.holdsReadyForPickup() == 0
                ? List.of()
                : holds.holdsOf(summary.patron().id()).stream()
                        .filter(h -> h.status() == HoldStatus.READY)
                        .toList();
    }

    /** 次の利用者: clears the patron and the receipt. */
    public void next() {
        summary = null;
        readyHolds = List.of();
        card = null;
        barcode = null;
        lent.clear();
    }

    public String getFocus() {
        return summary == null ? "card:card" : "item:barcode";
    }

    public boolean isCardExpired() {
        return summary != null && summary.patron().standing() == CardStanding.EXPIRED;
    }

    public LocalDate getToday() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    }

    public DeskSummary getSummary() {
        return summary;
    }

    public List<HoldView> getReadyHolds() {
        return readyHolds;
    }

    public List<Checkout> getLent() {
        return lent;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }
}
