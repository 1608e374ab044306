package jp.shiori.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.shiori.web.patron.PatronIdentityStore;
import jp.shiori.web.staff.StaffCredential;
import jp.shiori.web.staff.StaffIdentityStore;

/**
 * Form login for the screens. The login pages call {@code SecurityContext.authenticate} with the credential
 * typed: a {@link StaffCredential} from the staff login, a card and password from the patron login. The
 * caller stays logged in for the session ({@link AutoApplySession}). A protected page visited without login
 * sends staff pages ({@code /staff/}) to the staff login and everything else (My page) to the patron login.
 */
@AutoApplySession
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    public static final String PATRON_LOGIN = "/login.xhtml";
    public static final String STAFF_LOGIN = "/staff/login.xhtml";
    /** Session attribute: the page a visitor asked for before being sent to log in (a path of this site). */
    public static final String RETURN_TO = "shiori.returnTo";

    /**
     * Where to go after a login: the page asked for before it when that is a page of this site under
     * {@code area} (so a patron login never lands on a staff page), otherwise {@code fallback}. Forgets it.
     */
    public static String returnTo(HttpServletRequest request, String area, String fallback) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(RETURN_TO);
        if (session != null) {
            session.removeAttribute(RETURN_TO);
        }
        String prefix = request.getContextPath() + area;
        return saved instanceof String path && path.startsWith(prefix) && !path.startsWith("//") && !path.contains("\\")
                ? path : request.getContextPath() + fallback;
    }

    @Inject
    PatronIdentityStore patrons;

    @Inject
    StaffIdentityStore staff;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result;
            if (credential instanceof StaffCredential staffCredential) {
                result = staff.validate(staffCredential);
            } else if (credential instanceof UsernamePasswordCredential card) {
                result = patrons.validate(card);
            } else {
                result = CredentialValidationResult.INVALID_RESULT;
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected()) {
            boolean staffPage = request.getRequestURI().startsWith(request.getContextPath() + "/staff/");
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + (staffPage ? STAFF_LOGIN : PATRON_LOGIN));
        }
        return context.doNothing();
    }
}
