package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.shiori.common.RefusedException;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * Everything that goes through a mailed link: registering an e-mail address (My page), following the
 * verification link, パスワードを忘れた方, and setting a new password from the reset link.
 */
@Named
@RequestScoped
public class MailLinksPage {

    @Inject
    SecurityContext security;

    @Inject
    PatronAccounts accounts;

    @Inject
    LanguageSelection language;

    @Inject
    OpacTerminal terminal;

    @Inject
    HttpServletRequest request;

    private String email;
    private String card;
    private String token;
    private final NewPassword newPassword = new NewPassword();
    private Boolean verified;
    private boolean resetRequested;

    public void requestEmailChange() {
        long patronId =
                PatronIdentityStore.patronId(security.getCallerPrincipal().getName());
        if (email == null || email.isBlank()) {
            sayAt("email:address", "email.required");
            return;
        }
        try {
            accounts.requestEmailChange(patronId, email, language.getTag(), PublicAddress.of(request));
            // for the e-mail form's own messages only: the loans tab shows the page's other messages
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "email",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    Messages.get(language.getLocale(), "email.sent"),
                                    null));
            email = null;
        } catch (RefusedException e) {
            sayAt("email:address", "email.invalid");
        }
    }

    /** The verification link: runs once when the page opens. */
    public void verify() {
        if (verified == null) {
            verified = accounts.verifyEmail(request.getParameter("token"));
        }
    }

    public void requestPasswordReset() {
        if (terminal.isTerminal()) {
            say(FacesMessage.SEVERITY_ERROR, "forgot.terminal");
            return;
        }
        // Required fields first; for well-formed input the answer stays the same whether or not they match.
        boolean missing = false;
        if (card == null || card.isBlank()) {
            sayAt("forgot:card", "forgot.required");
            missing = true;
        }
        if (email == null || email.isBlank()) {
            sayAt("forgot:email", "forgot.required");
            missing = true;
        }
        if (missing) {
            return;
        }
        accounts.requestPasswordReset(card, email, language.getTag(), PublicAddress.of(request));
        resetRequested = true;
    }

    public String resetPassword() {
        List<PasswordProblem> problems =
                accounts.resetPassword(token, newPassword.getNext(), newPassword.getNextAgain());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (problems.isEmpty()) {
            faces.getExternalContext().getFlash().put("notice", Messages.get(language.getLocale(), "reset.done"));
            return "/login?faces-redirect=true";
        }
        PasswordPage.show(problems, language.getLocale());
        return null;
    }

    /** A problem shown next to the field it is about. */
    private void sayAt(String clientId, String key) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        clientId,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(language.getLocale(), key), null));
    }

    private void say(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(severity, Messages.get(language.getLocale(), key), null));
    }

    public Boolean getVerified() {
        return verified;
    }

    public boolean isResetRequested() {
        return resetRequested;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
