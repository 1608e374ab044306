package jp.shiori.web.patron;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.staff.StaffRole;
import jp.shiori.web.staff.StaffCaller;
import jp.shiori.web.staff.StaffOnly;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Registration of patrons at the counter, for staff clients. */
@Path("patrons")
@StaffOnly(StaffRole.PATRONS)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatronResource {

    @Inject
    PatronAccounts accounts;

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
}
