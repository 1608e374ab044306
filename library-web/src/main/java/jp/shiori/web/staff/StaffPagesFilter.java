package jp.shiori.web.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.EnumSet;
import jp.shiori.staff.StaffRole;

/** Staff screens answer only {@link StaffAccess#allowed allowed} requests; others get 403. */
@WebFilter(filterName = "StaffPagesFilter", urlPatterns = "/staff/*")
public class StaffPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffCaller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StaffAccess.allowed(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        caller.identify("local", EnumSet.of(StaffRole.ADMIN));
        chain.doFilter(request, response);
    }
}
