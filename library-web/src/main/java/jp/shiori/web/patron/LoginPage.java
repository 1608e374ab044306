package jp.shiori.web.patron;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.shiori.patron.LoginOutcome;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.security.LoginMechanism;

/** ログイン: card number and password; a refusal says what the patron can do about it. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    LoginAttempt attempt;

    @Inject
    LanguageSelection language;

    @Inject
    jakarta.enterprise.event.Event<PatronLoggedIn> loggedIn;

    private String card;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(
                                card == null ? "" : card, new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                String next = LoginMechanism.returnTo(request, "/my/", "/my/");
                next = cameFrom(request.getContextPath(), request.getParameter("from"))
                        .orElse(next);
                request.changeSessionId(); // no session fixation
                Long patronId = PatronIdentityStore.patronId(
                        security.getCallerPrincipal().getName());
                if (patronId != null) {
                    loggedIn.fire(new PatronLoggedIn(patronId, request.getSession()));
                }
                external.redirect(next);
            }
            default -> refused(faces);
        }
    }

    /**
     * The page of the OPAC where the patron pressed the header's ログイン ({@code from}): a path of this site,
     * never a staff page or the login itself.
     */
    static java.util.Optional<String> cameFrom(String context, String from) {
        if (from == null
                || !from.startsWith(context + "/")
                || from.startsWith("//")
                || from.contains("\\")
                || from.startsWith(context + "/staff/")
                || from.startsWith(context + LoginMechanism.PATRON_LOGIN)
                || from.contains("\r")
                || from.contains("\n")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(from);
    }

    /** The header's ログイン link: back to this page after the login. */
    public String getLoginHere() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String here =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String login = request.getContextPath() + LoginMechanism.PATRON_LOGIN;
        if (here.startsWith(login) || here.startsWith(request.getContextPath() + "/staff/")) {
            return request.getContextPath() + "/my/";
        }
        return login + "?from=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void refused(FacesContext faces) {
        LoginOutcome outcome = attempt.outcome();
        String key = switch (outcome == null ? LoginOutcome.Result.REFUSED : outcome.result()) {
            case CARD_EXPIRED -> "login.cardExpired";
            case NO_PASSWORD -> "login.noPassword";
            default -> "login.refused";
        };
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(language.getLocale(), key), null));
        password = null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
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
