package jp.shiori.web.patron;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.shiori.patron.PatronReminders;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/** ユーザ設定 — 返却期限のお知らせメール: the patron chooses whether the library mails due-date reminders. */
@Named
@RequestScoped
public class DueMailSetting {

    @Inject
    SecurityContext security;

    @Inject
    PatronReminders reminders;

    @Inject
    LanguageSelection language;

    private Long patronId;
    private boolean wanted;

    @PostConstruct
    void load() {
        patronId = security.getCallerPrincipal() == null
                ? null
                : PatronIdentityStore.patronId(security.getCallerPrincipal().getName());
        wanted = patronId != null && reminders.wantsDueDateMail(patronId);
    }

    public void save() {
        if (patronId == null) {
            return;
        }
        reminders.chooseDueDateMail(patronId, wanted);
        FacesContext.getCurrentInstance()
                .addMessage(
                        "due-mail",
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO,
                                Messages.get(language.getLocale(), wanted ? "dueMail.on" : "dueMail.off"),
                                null));
    }

    public boolean isWanted() {
        return wanted;
    }

    public void setWanted(boolean wanted) {
        this.wanted = wanted;
    }
}
