package jp.shiori.web.circulation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.shiori.circulation.Checkin;
import jp.shiori.circulation.CheckinRequest;
import jp.shiori.circulation.CheckoutRequest;
import jp.shiori.circulation.Circulation;
import jp.shiori.web.security.Roles;
import jp.shiori.web.staff.StaffCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The desk's check-out and check-in for staff clients and integrators (self-checkout machines, sorters). */
@Path("circulation")
@RolesAllowed(Roles.CIRCULATION)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CirculationResource {

    @Inject
    Circulation circulation;

    @Inject
    StaffCaller caller;

    @POST
    @Path("checkouts")
    @Operation(summary = "Lend an item to the patron of a card at a branch's desk (staff)")
    public Response checkout(@Valid CheckoutRequest request) {
        if (request == null) {
            throw new BadRequestException("A card, a barcode and a branch code are required.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(circulation.checkout(request, caller.actor()))
                .build();
    }

    @POST
    @Path("checkins")
    @Operation(summary = "Take an item back at any branch: closes its loan (staff)")
    public Checkin checkin(@Valid CheckinRequest request) {
        if (request == null) {
            throw new BadRequestException("A barcode and a branch code are required.");
        }
        return circulation.checkin(request, caller.actor());
    }
}
