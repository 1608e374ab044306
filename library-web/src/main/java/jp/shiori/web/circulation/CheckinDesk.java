package jp.shiori.web.circulation;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.circulation.Checkin;
import jp.shiori.circulation.CheckinRequest;
import jp.shiori.circulation.Circulation;
import jp.shiori.circulation.HoldQueue;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.Holds;
import jp.shiori.web.holds.HoldSlip;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.staff.StaffCaller;

/** 返却 at the desk of any branch: scan item after item; each return says whether it was overdue and where it goes. */
@Named
@ViewScoped
public class CheckinDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Circulation circulation;

    @Inject
    BranchDirectory branches;

    @Inject
    StaffCaller caller;

    @Inject
    Holds holds;

    @Inject
    LanguageSelection language;

    @Inject
    DeskBranch desk;

    private String barcode;
    private final List<Checkin> returned = new ArrayList<>();
    private HoldSlip slip;

    public void checkIn() {
        String scanned = barcode;
        barcode = null;
        slip = null;
        try {
            Checkin back = circulation.checkin(
                    new CheckinRequest(scanned == null ? "" : scanned, desk.getCode()), caller.actor());
            returned.add(0, back);
            DeskFeedback.done(Messages.get(language.getLocale(), "circ.returned", back.title()));
            if (back.disposition() != HoldQueue.Disposition.SHELF) {
                // The copy was trapped for a hold: its slip goes into the copy before it leaves the desk.
                slip = holds.setAsideFor(back.barcode())
                        .flatMap(t -> HoldSlip.of(t, branches, language.getLocale()))
                        .orElse(null);
            }
        } catch (RefusedException e) {
            DeskFeedback.refused(language.getLocale(), e);
        } catch (EJBException e) {
            DeskFeedback.failed(language.getLocale(), e);
        }
    }

    public List<Checkin> getReturned() {
        return returned;
    }

    /** The hold slip of the copy just returned, when a hold took it. */
    public HoldSlip getSlip() {
        return slip;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }
}
