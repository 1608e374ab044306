package jp.shiori.web.patron;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PasswordProblem;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronAdministration;
import jp.shiori.patron.PatronChanges;
import jp.shiori.patron.PatronRecord;
import jp.shiori.web.rest.Problem;
import jp.shiori.web.security.Roles;
import jp.shiori.web.staff.StaffCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Patrons at the counter, for staff clients with the PATRONS role: register, find, change, cards, blocks. */
@Path("patrons")
@RolesAllowed(Roles.PATRONS)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatronResource {

    /** A block and why. */
    public record Block(String reason) {}

    /** A password set at the counter, typed twice. */
    public record CounterPassword(String password, String passwordAgain) {}

    @Inject
    PatronAccounts accounts;

    @Inject
    PatronAdministration administration;

    @Inject
    StaffCaller caller;

    @POST
    @Operation(summary = "Register a patron with the card and, optionally, the web-service password (staff)")
    public Response register(@Valid NewPatron patron) {
        if (patron == null) {
            throw new BadRequestException("A patron is required.");
        }
        long id = accounts.register(patron, caller.actor());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @GET
    @Operation(summary = "Find patrons by card number, or the start of the name, kana, phone or e-mail (staff)")
    public List<PatronRecord> search(@QueryParam("q") String query) {
        return administration.search(query);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One patron as the counter sees it (staff)")
    public PatronRecord patron(@PathParam("id") long id) {
        return administration.record(id).orElseThrow(() -> notFound(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a patron's name, address, phone, e-mail or category (staff)")
    public PatronRecord change(@PathParam("id") long id, @Valid PatronChanges changes) {
        if (changes == null) {
            throw new BadRequestException("The changes are required.");
        }
        administration.update(id, changes, caller.actor());
        return patron(id);
    }

    @POST
    @Path("{id}/card-renewal")
    @Operation(summary = "Renew the card for a year, as the library's policy counts it (staff)")
    public PatronRecord renewCard(@PathParam("id") long id) {
        administration.renewCard(id, caller.actor());
        return patron(id);
    }

    @PUT
    @Path("{id}/block")
    @Operation(summary = "Block a patron, with the reason (staff)")
    public PatronRecord block(@PathParam("id") long id, Block block) {
        administration.block(id, block == null ? null : block.reason(), caller.actor());
        return patron(id);
    }

    @DELETE
    @Path("{id}/block")
    @Operation(summary = "Lift a patron's block (staff)")
    public PatronRecord unblock(@PathParam("id") long id) {
        administration.unblock(id, caller.actor());
        return patron(id);
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set the web-service password at the counter, typed twice (staff)")
    public Response setPassword(@PathParam("id") long id, CounterPassword password) {
        List<PasswordProblem> problems = password == null
                ? List.of(PasswordProblem.TOO_SHORT)
                : administration.setPassword(id, password.password(), password.passwordAgain(), caller.actor());
        if (!problems.isEmpty()) {
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    ErrorCode.BAD_REQUEST,
                    "The password is not acceptable: "
                            + problems.stream().map(PasswordProblem::code).toList());
        }
        return Response.noContent().build();
    }

    private static RefusedException notFound(long id) {
        return new RefusedException(ErrorCode.NOT_FOUND, "No patron has the id " + id + ".");
    }
}
