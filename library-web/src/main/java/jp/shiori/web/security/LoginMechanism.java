package jp.shiori.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import jp.shiori.web.patron.PatronIdentityStore;
import jp.shiori.web.staff.StaffCredential;
import jp.shiori.web.staff.StaffIdentityStore;

/**
 * The one authentication of the web application.
 *
 * <p>Screens: form login. The login pages call {@code SecurityContext.authenticate} with the credential typed: a
 * {@link StaffCredential} from the staff login, a card and password from the patron login. The caller stays
 * logged in for the session (as {@code @AutoApplySession} would do it, but for the screens only). A protected
 * page visited without login sends staff pages ({@code /staff/}) to the staff login and everything else (My
 * page) to the patron login.
 *
 * <p>REST ({@code /api/}): every request stands alone, with no session. An {@code Authorization: Bearer} token
 * of {@link BearerTokens} is checked by the identity store of its kind at each request (a deactivated account
 * or an expired card stops at once); {@link RestAuthorization} then answers {@code @RolesAllowed}.
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    public static final String PATRON_LOGIN = "/login.xhtml";
    public static final String STAFF_LOGIN = "/staff/login.xhtml";
    /** Session attribute: the page a visitor asked for before being sent to log in (a path of this site). */
    public static final String RETURN_TO = "shiori.returnTo";

    private static final String API = "/api/";
    /** What {@code @AutoApplySession} asks of the container: keep this caller for the rest of the session. */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

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
                ? path
                : request.getContextPath() + fallback;
    }

    @Inject
    PatronIdentityStore patrons;

    @Inject
    StaffIdentityStore staff;

    @Inject
    BearerTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
            return bearer(request, context);
        }
        Principal session = request.getUserPrincipal();
        if (session != null) {
            try {
                context.getHandler()
                        .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), session)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        AuthenticationStatus status = screens(request, context);
        if (status == AuthenticationStatus.SUCCESS) {
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        }
        return status;
    }

    /** The patron or staff member of the request's bearer token, or nobody (the operation may be open to all). */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpMessageContext context) {
        String token = BearerTokens.fromHeader(request.getHeader("Authorization"));
        if (token == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = tokens.patronOf(token)
                .map(id -> patrons.validate(id, request))
                .or(() -> tokens.staffOf(token).map(staff::validate))
                .orElse(CredentialValidationResult.INVALID_RESULT);
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : context.doNothing();
    }

    private AuthenticationStatus screens(HttpServletRequest request, HttpMessageContext context) {
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
                request.getSession()
                        .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + (staffPage ? STAFF_LOGIN : PATRON_LOGIN));
        }
        return context.doNothing();
    }
}
