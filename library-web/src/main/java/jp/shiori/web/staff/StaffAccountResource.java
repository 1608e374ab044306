package jp.shiori.web.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.staff.NewStaffMember;
import jp.shiori.staff.StaffAccounts;
import jp.shiori.staff.StaffMember;
import jp.shiori.staff.StaffRole;
import jp.shiori.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Staff accounts, for administrators. */
@Path("staff/accounts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class StaffAccountResource {

    /** What an administrator changes on an account. */
    public record Change(Set<StaffRole> roles, boolean active) {}

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffCaller caller;

    @GET
    @Operation(summary = "Every staff account with its roles (administrators)")
    public List<StaffMember> list() {
        return accounts.members();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account with roles and a first password (administrators)")
    public Response create(@Valid NewStaffMember member) {
        if (member == null) {
            throw new BadRequestException("A staff account is required.");
        }
        long id = accounts.create(member, caller.actor());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's roles and whether it may log in (administrators)")
    public StaffMember change(@PathParam("id") long id, Change change) {
        if (change == null) {
            throw new BadRequestException("The change is required.");
        }
        accounts.update(id, change.roles(), change.active(), caller.actor());
        return accounts.member(id).orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No such account."));
    }
}
