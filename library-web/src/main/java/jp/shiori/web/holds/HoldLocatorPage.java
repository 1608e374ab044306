package jp.shiori.web.holds;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.Holds;
import jp.shiori.patron.LoginOutcome;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * 予約照会機, the terminal of the hold-shelf room: card and password show on which shelves the patron's copies
 * wait, and nothing else of the account. Nobody is logged in: the answer lives in this one response only.
 */
@Named
@RequestScoped
public class HoldLocatorPage {

    @Inject
    PatronAccounts accounts;

    @Inject
    Holds holds;

    @Inject
    LanguageSelection language;

    private String card;
    private String password;
    private List<HoldView> waiting;

    /** 照会する: the same card rules, lock and refusal words as the login page. */
    public void lookUp() {
        FacesContext faces = FacesContext.getCurrentInstance();
        LoginOutcome outcome = accounts.authenticate(card == null ? "" : card, password == null ? "" : password);
        card = null;
        password = null;
        if (!outcome.isAccepted()) {
            String key = switch (outcome.result()) {
                case CARD_EXPIRED -> "login.cardExpired";
                case NO_PASSWORD -> "login.noPassword";
                default -> "login.refused";
            };
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(language.getLocale(), key), null));
            return;
        }
        waiting = holds.waitingInHoldShelfRoom(outcome.patronId());
        ExternalContext external = faces.getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store"); // the back button must not show it to the next patron
    }

    /** The copies waiting in the hold-shelf room, or null before a successful look-up. */
    public List<HoldView> getWaiting() {
        return waiting;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
