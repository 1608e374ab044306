package jp.shiori.web.staff;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.shiori.staff.StaffAccounts;
import jp.shiori.staff.StaffMember;

/**
 * The staff screens after the container's role check (web.xml): names the staff member for the request
 * ({@link StaffCaller}) and ends the session of an account deactivated since its login, so an administrator's
 * change takes effect at once rather than when the session times out.
 */
@WebFilter(filterName = "StaffPagesFilter", urlPatterns = "/staff/*")
public class StaffPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffCaller caller;

    @Inject
    StaffAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = request.getUserPrincipal() == null
                ? null
                : StaffIdentityStore.username(request.getUserPrincipal().getName());
        if (username != null) {
            Optional<StaffMember> member = accounts.member(username).filter(StaffMember::active);
            if (member.isEmpty()) {
                request.logout();
                request.getSession().invalidate();
                response.sendRedirect(request.getContextPath() + "/staff/login.xhtml");
                return;
            }
            caller.identify(member.get().username(), member.get().roles());
        }
        chain.doFilter(request, response);
    }
}
