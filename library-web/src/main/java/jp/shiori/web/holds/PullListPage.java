package jp.shiori.web.holds;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PullListLine;
import jp.shiori.web.circulation.DeskBranch;
import jp.shiori.web.circulation.DeskFeedback;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.staff.StaffCaller;

/**
 * 取り置き候補 (pull list): the copies on this branch's shelves that waiting holds can take. Staff fetch one, scan it
 * (or press its button) and put the printed slip in it: ready here with slot and deadline, or 回送 to the pickup
 * branch.
 */
@Named
@ViewScoped
public class PullListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Holds holds;

    @Inject
    BranchDirectory branches;

    @Inject
    StaffCaller caller;

    @Inject
    LanguageSelection language;

    @Inject
    DeskBranch desk;

    private List<PullListLine> lines = List.of();
    private String barcode;
    private HoldSlip slip;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        try {
            lines = holds.pullList(desk.getCode());
        } catch (RefusedException e) {
            lines = List.of();
            DeskFeedback.refused(language.getLocale(), e);
        } catch (EJBException e) {
            lines = List.of();
            DeskFeedback.failed(language.getLocale(), e);
        }
    }

    /** 表示を切り替え: another branch's list; the choice is kept for the session. */
    public void show() {
        slip = null;
        load();
    }

    /** The scan field: the copy in hand is set aside for the oldest hold that may take it. */
    public void pull() {
        String scanned = barcode;
        barcode = null;
        pullLine(scanned);
    }

    /** A line's button: the same as scanning its barcode. */
    public void pullLine(String scanned) {
        slip = null;
        try {
            slip = HoldSlip.of(
                            holds.pull(scanned == null ? "" : scanned, desk.getCode(), caller.actor()),
                            branches,
                            language.getLocale())
                    .orElse(null);
            if (slip != null) {
                DeskFeedback.done(Messages.get(
                        language.getLocale(),
                        slip.isTransit() ? "holdshelf.pulled.transit" : "holdshelf.pulled.ready",
                        slip.getTitle(),
                        slip.getPickupBranch()));
            }
        } catch (RefusedException e) {
            DeskFeedback.refused(language.getLocale(), e, "holdshelf.refused.pull.");
        } catch (EJBException e) {
            DeskFeedback.failed(language.getLocale(), e);
        }
        load();
    }

    public List<PullListLine> getLines() {
        return lines;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public HoldSlip getSlip() {
        return slip;
    }
}
