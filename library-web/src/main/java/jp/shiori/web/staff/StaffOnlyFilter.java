package jp.shiori.web.staff;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumSet;
import jp.shiori.common.ErrorCode;
import jp.shiori.staff.StaffRole;
import jp.shiori.web.rest.Problem;

@Provider
@StaffOnly
public class StaffOnlyFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Context
    ResourceInfo resource;

    @Inject
    StaffCaller caller;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!StaffAccess.allowed(request.getRemoteAddr())) {
            context.abortWith(Problem.response(Status.FORBIDDEN, ErrorCode.FORBIDDEN,
                    "Staff operations are only available from the library's own server until staff login exists."));
            return;
        }
        caller.identify("local", EnumSet.of(StaffRole.ADMIN));
    }
}
