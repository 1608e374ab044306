package jp.shiori.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import jp.shiori.common.ErrorCode;
import jp.shiori.web.rest.Problem;

/**
 * {@code @RolesAllowed} on REST operations, answered as problem documents. {@link LoginMechanism} has already
 * authenticated the request's bearer token; here a caller of the wrong kind (no token, a forged or expired one,
 * a staff token on a patron's operation or a patron's on a staff one) gets 401, a staff member without one of
 * the operation's roles 403. On a method the method's roles replace the class's.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class RestAuthorization implements ContainerRequestFilter {

    /** Request attribute: why a patron's otherwise valid token was refused ({@link ErrorCode#CARD_EXPIRED}). */
    public static final String REFUSAL = "shiori.tokenRefusal";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        List<String> roles = Arrays.asList(allowed.value());
        SecurityContext security = context.getSecurityContext();
        boolean patronOperation = roles.contains(Roles.PATRON);
        String kind = patronOperation ? Roles.PATRON : Roles.STAFF;
        if (security.getUserPrincipal() == null || !security.isUserInRole(kind)) {
            context.abortWith(patronOperation ? patronUnauthorized(context) : staffUnauthorized());
        } else if (roles.stream().noneMatch(security::isUserInRole)) {
            context.abortWith(Problem.response(
                    Status.FORBIDDEN, ErrorCode.FORBIDDEN, "This operation needs the role " + roles + "."));
        }
    }

    private static Response patronUnauthorized(ContainerRequestContext context) {
        boolean expired = context.getProperty(REFUSAL) == ErrorCode.CARD_EXPIRED;
        return unauthorized(
                "shiori",
                expired ? ErrorCode.CARD_EXPIRED : ErrorCode.UNAUTHORIZED,
                expired
                        ? "The card is past its renewal date: renew it at a library counter."
                        : "A valid bearer token is required.");
    }

    private static Response staffUnauthorized() {
        return unauthorized(
                "shiori-staff",
                ErrorCode.UNAUTHORIZED,
                "A staff bearer token is required (POST /api/v1/auth/staff-token).");
    }

    /** 401 with the challenge of the realm whose token the operation needs. */
    public static Response unauthorized(String realm, ErrorCode code, String detail) {
        return Response.fromResponse(Problem.response(Status.UNAUTHORIZED, code, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm + "\"")
                .build();
    }
}
