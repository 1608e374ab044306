package jp.shiori.web.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import jp.shiori.alerts.NewArrivalAlerts;

/**
 * The signed link of every new-arrival mail: one click pauses that alert, without a login. A tampered or forged
 * link changes nothing and says only that the link is not valid.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    NewArrivalAlerts alerts;

    private String mailTitle;
    private boolean done;

    /** f:viewAction: the link itself is the request (mail clients open it with GET). */
    public void pause() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String alert = params.get("alert");
        String signature = params.get("sig");
        done = true;
        if (alert == null || !alert.matches("\\d{1,18}") || signature == null) {
            return;
        }
        mailTitle = alerts.unsubscribe(Long.parseLong(alert), signature).orElse(null);
    }

    public boolean isDone() {
        return done;
    }

    public boolean isPaused() {
        return mailTitle != null;
    }

    public String getMailTitle() {
        return mailTitle;
    }
}
