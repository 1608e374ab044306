package jp.shiori.web.staff;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import jp.shiori.common.ErrorCode;
import jp.shiori.staff.StaffAccounts;
import jp.shiori.staff.StaffMember;
import jp.shiori.web.security.BearerTokens;
import jp.shiori.web.security.RestAuthorization;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The login of staff and integrator clients: login name and password give a bearer token for an hour. */
@Path("auth/staff-token")
@Produces(MediaType.APPLICATION_JSON)
public class StaffTokenResource {

    /** A staff account's login name and password. */
    public record Credentials(String username, String password) {}

    @Inject
    StaffAccounts accounts;

    @Inject
    BearerTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff login for staff and integrator clients: a bearer token for an hour")
    public Response token(Credentials credentials) {
        Optional<StaffMember> member = credentials == null
                ? Optional.empty()
                : accounts.authenticate(credentials.username(), credentials.password());
        if (member.isEmpty()) {
            return RestAuthorization.unauthorized(
                    "shiori-staff", ErrorCode.UNAUTHORIZED, "The login name or the password is not correct.");
        }
        return Response.ok(Map.of(
                        "token",
                        tokens.issueStaff(member.get().id()),
                        "tokenType",
                        "Bearer",
                        "expiresIn",
                        BearerTokens.STAFF_LIFETIME.toSeconds(),
                        "roles",
                        member.get().roles()))
                .build();
    }
}
