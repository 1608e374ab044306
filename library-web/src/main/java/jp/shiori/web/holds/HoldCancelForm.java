package jp.shiori.web.holds;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.Holds;
import jp.shiori.holds.TrapResult;
import jp.shiori.web.circulation.DeskFeedback;
import jp.shiori.web.i18n.Messages;

/**
 * Staff cancelling one hold (at the counter or on the phone): which hold, and the reason, which the service requires
 * and the patron later reads on My page.
 */
public final class HoldCancelForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reason's length the service accepts. */
    public static final int MAX_REASON = 500;

    private Long holdId;
    private String title;
    private String reason;

    public void open(long holdId, String title) {
        this.holdId = holdId;
        this.title = title;
        this.reason = null;
    }

    public void close() {
        holdId = null;
        title = null;
        reason = null;
    }

    public boolean isOpen() {
        return holdId != null;
    }

    /**
     * 取消する: cancels the hold with the reason and closes the form; says where a copy set aside for it went (its
     * slip when the next hold took it, else back to the shelf). Without a reason nothing happens and the form stays.
     */
    public Optional<HoldSlip> submit(Holds holds, String actor, BranchDirectory branches, Locale locale) {
        if (!isOpen()) {
            return Optional.empty();
        }
        if (!hasReason()) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    Messages.get(locale, "holdshelf.cancel.reasonMissing"),
                                    null));
            return Optional.empty();
        }
        try {
            TrapResult freed = holds.cancelByStaff(holdId, reason.strip(), actor);
            DeskFeedback.done(Messages.get(locale, "holdshelf.cancel.done", title));
            close();
            if (freed.itemBarcode() != null && !freed.trapped()) {
                DeskFeedback.done(Messages.get(locale, "holdshelf.cancel.toShelf", freed.itemBarcode()));
            }
            return HoldSlip.of(freed, branches, locale);
        } catch (RefusedException e) {
            DeskFeedback.refused(locale, e, "holdshelf.refused.cancel.");
        } catch (EJBException e) {
            DeskFeedback.failed(locale, e);
        }
        return Optional.empty();
    }

    /** Whether a reason was given (blank does not count). */
    public boolean hasReason() {
        return reason != null && !reason.isBlank() && reason.strip().length() <= MAX_REASON;
    }

    public Long getHoldId() {
        return holdId;
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
