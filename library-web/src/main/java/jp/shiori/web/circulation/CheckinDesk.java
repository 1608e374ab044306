package jp.shiori.web.circulation;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.circulation.Checkin;
import jp.shiori.circulation.CheckinRequest;
import jp.shiori.circulation.Circulation;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.staff.StaffCaller;

/** 返却 at the desk of any branch: scan item after item; each return says whether it was overdue and where it goes. */
@Named
@ViewScoped
public class CheckinDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Circulation circulation;

    @Inject
    transient BranchDirectory branches;

    @Inject
    transient StaffCaller caller;

    @Inject
    LanguageSelection language;

    private String branchCode = "central";
    private String barcode;
    private final List<Checkin> returned = new ArrayList<>();

    public void checkIn() {
        String scanned = barcode;
        barcode = null;
        try {
            Checkin back = circulation.checkin(new CheckinRequest(scanned == null ? "" : scanned, branchCode), caller.actor());
            returned.add(0, back);
            DeskFeedback.done(Messages.get(language.getLocale(), "circ.returned", back.title()));
        } catch (RefusedException e) {
            DeskFeedback.refused(language.getLocale(), e);
        } catch (EJBException e) {
            DeskFeedback.failed(language.getLocale(), e);
        }
    }

    public List<BranchView> getBranches() {
        return branches.branches();
    }

    public List<Checkin> getReturned() {
        return returned;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }
}
