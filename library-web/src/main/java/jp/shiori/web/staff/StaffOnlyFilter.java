package jp.shiori.web.staff;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import jp.shiori.common.ErrorCode;
import jp.shiori.staff.StaffAccounts;
import jp.shiori.staff.StaffMember;
import jp.shiori.staff.StaffRole;
import jp.shiori.web.security.BearerTokens;
import jp.shiori.web.rest.Problem;

/**
 * Staff REST operations need a staff bearer token ({@code POST /auth/staff-token}) of an active account holding
 * one of the operation's roles: 401 without a valid token (a patron's token is not one), 403 without the role.
 */
@Provider
@StaffOnly
@Priority(Priorities.AUTHORIZATION)
public class StaffOnlyFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    StaffCaller caller;

    @Inject
    StaffAccounts accounts;

    @Inject
    BearerTokens tokens;

    @Override
    public void filter(ContainerRequestContext context) {
        Optional<StaffMember> member = tokens.staffOf(BearerTokens.fromHeader(context.getHeaderString(HttpHeaders.AUTHORIZATION)))
                .flatMap(accounts::member).filter(StaffMember::active);
        if (member.isEmpty()) {
            Response problem = Problem.response(Status.UNAUTHORIZED, ErrorCode.UNAUTHORIZED,
                    "A staff bearer token is required (POST /api/v1/auth/staff-token).");
            context.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shiori-staff\"").build());
            return;
        }
        StaffRole[] needed = required();
        if (java.util.Arrays.stream(needed).noneMatch(member.get()::may)) {
            context.abortWith(Problem.response(Status.FORBIDDEN, ErrorCode.FORBIDDEN,
                    "This operation needs the role " + java.util.Arrays.toString(needed) + "."));
            return;
        }
        caller.identify(member.get().username(), member.get().roles());
    }

    private StaffRole[] required() {
        StaffOnly onMethod = resource.getResourceMethod().getAnnotation(StaffOnly.class);
        StaffOnly onClass = resource.getResourceClass().getAnnotation(StaffOnly.class);
        return onMethod != null ? onMethod.value() : onClass != null ? onClass.value() : new StaffRole[] {StaffRole.ADMIN};
    }
}
