package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/** ユーザ設定 — パスワード変更: the current password and the new one twice. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    SecurityContext security;

    @Inject
    PatronAccounts accounts;

    @Inject
    LanguageSelection language;

    private String current;
    private final NewPassword newPassword = new NewPassword();

    public String change() {
        long patronId =
                PatronIdentityStore.patronId(security.getCallerPrincipal().getName());
        List<PasswordProblem> problems =
                accounts.changePassword(patronId, current, newPassword.getNext(), newPassword.getNextAgain());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (problems.isEmpty()) {
            faces.getExternalContext().getFlash().put("notice", Messages.get(language.getLocale(), "password.changed"));
            return "/my/index?faces-redirect=true";
        }
        show(problems, language.getLocale());
        return null;
    }

    /** Every broken password rule as an error message of the page, in the visitor's language. */
    public static void show(List<PasswordProblem> problems, java.util.Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach(p -> faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, Messages.get(locale, "password.problem." + p.code()), null)));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
