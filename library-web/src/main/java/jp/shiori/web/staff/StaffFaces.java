package jp.shiori.web.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import jp.shiori.web.i18n.Messages;

/** Messages of the staff screens in the staff member's language. */
public final class StaffFaces {

    private StaffFaces() {}

    public static void error(Locale locale, String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(locale, key, args), null));
    }

    /** A notice shown on the page after the redirect. */
    public static void notice(Locale locale, String key, Object... args) {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .put("notice", Messages.get(locale, key, args));
    }
}
