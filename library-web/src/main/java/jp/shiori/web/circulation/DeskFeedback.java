package jp.shiori.web.circulation;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.common.RefusedException;
import jp.shiori.web.i18n.Messages;

/** The desk's messages: a refusal says why in the staff member's language; a database failure asks to retry. */
public final class DeskFeedback {

    private static final Logger LOG = Logger.getLogger(DeskFeedback.class.getName());

    private DeskFeedback() {}

    public static void refused(Locale locale, RefusedException e) {
        refused(locale, e, "circ.refused.");
    }

    /**
     * A refusal of a hold-shelf action: the action's own words ({@code <keyPrefix><code>}) when the bundle has them,
     * else the desk's words for the code, else the service's detail.
     */
    public static void refused(Locale locale, RefusedException e, String keyPrefix) {
        String text = Messages.getOr(
                locale,
                keyPrefix + e.code().code(),
                Messages.getOr(locale, "circ.refused." + e.code().code(), e.getMessage()));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The database went away mid-scan: the transaction rolled back, nothing half-made remains; scan again. */
    public static void failed(Locale locale, EJBException e) {
        LOG.log(Level.WARNING, "circulation desk action failed", e);
        FacesContext.getCurrentInstance()
                .addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(locale, "circ.retry"), null));
    }

    public static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
