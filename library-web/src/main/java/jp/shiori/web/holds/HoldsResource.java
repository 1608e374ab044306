package jp.shiori.web.holds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldShelfLine;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PlacementResult;
import jp.shiori.holds.PullListLine;
import jp.shiori.holds.TrapResult;
import jp.shiori.ops.BatchJobs;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.web.ops.OperatorJobs;
import jp.shiori.web.rest.Problem;
import jp.shiori.web.rest.ProblemMappers;
import jp.shiori.web.security.Roles;
import jp.shiori.web.staff.StaffCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The hold shelf for staff and integrators: holds at the counter, pull list, trapping, receipt, expiry. */
@Path("holds")
@RolesAllowed(Roles.CIRCULATION)
@Produces(MediaType.APPLICATION_JSON)
public class HoldsResource {

    /** A hold placed at the counter for the patron of this card. */
    public record CounterPlacement(String card, HoldPlacement placement) {}

    /** A copy scanned at a branch. */
    public record Scan(String barcode, String branchCode) {}

    /** Why staff cancel a hold. */
    public record Cancellation(String reason) {}

    @Inject
    Holds holds;

    @Inject
    PatronAccounts patrons;

    @Inject
    StaffCaller caller;

    @Inject
    OperatorJobs operatorJobs;

    @Inject
    BatchJobs batchJobs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place holds for a patron at the counter (marked counter-requested; only staff cancel them)")
    public Response place(CounterPlacement request) {
        if (request == null || request.placement() == null) {
            throw new BadRequestException("A card and a placement are required.");
        }
        PatronProfile patron = patrons.byCard(request.card())
                .orElseThrow(() ->
                        new RefusedException(ErrorCode.NOT_FOUND, "No patron holds the card " + request.card() + "."));
        PlacementResult result = holds.place(patron.id(), request.placement(), true, caller.actor());
        if (!result.accepted()) {
            return Problem.response(
                    ProblemMappers.UNPROCESSABLE,
                    ErrorCode.HOLD_REFUSED,
                    "The holds were not placed.",
                    result.refusals().stream()
                            .map(r -> r.reason().code() + (r.titleId() == null ? "" : ":" + r.titleId()))
                            .toList());
        }
        return Response.status(Response.Status.CREATED).entity(result.placed()).build();
    }

    @GET
    @Operation(summary = "A title's active holds in queue order: copies set aside first, then the waiting patrons")
    public List<jp.shiori.holds.HoldView> queue(@QueryParam("title") Long titleId) {
        if (titleId == null) {
            throw new BadRequestException("The title parameter is required.");
        }
        return holds.queueOf(titleId);
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Cancel any active hold with a reason; a copy set aside for it goes to the next hold or the shelf")
    public TrapResult cancel(@PathParam("id") long id, Cancellation cancellation) {
        return holds.cancelByStaff(id, cancellation == null ? null : cancellation.reason(), caller.actor());
    }

    @GET
    @Path("pull-list")
    @Operation(summary = "Copies on a branch's shelves that waiting holds can take")
    public List<PullListLine> pullList(@QueryParam("branch") String branch) {
        return holds.pullList(branch);
    }

    @POST
    @Path("pulls")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A copy taken from the shelf for the pull list: set aside for the oldest eligible hold")
    public TrapResult pull(Scan scan) {
        return holds.pull(
                scan == null ? null : scan.barcode(), scan == null ? null : scan.branchCode(), caller.actor());
    }

    @POST
    @Path("receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A copy in transit arrived at its pickup branch: ready there, and the patron hears so")
    public TrapResult receive(Scan scan) {
        return holds.receive(
                scan == null ? null : scan.barcode(), scan == null ? null : scan.branchCode(), caller.actor());
    }

    @GET
    @Path("shelf")
    @Operation(
            summary = "A branch's hold shelf: ready copies with deadlines and shelf slots, and those in transit to it")
    public List<HoldShelfLine> shelf(@QueryParam("branch") String branch) {
        return holds.holdShelf(branch);
    }

    @POST
    @Path("expiry")
    @RolesAllowed({Roles.CIRCULATION, Roles.OPERATOR})
    @Operation(
            summary = "Start the hold-expiry job now: ready holds past their deadline are cancelled and each copy"
                    + " passed on (the schedule runs the same job daily)")
    @APIResponse(responseCode = "202", description = "Started; Location names the execution")
    public Response expire(@Context UriInfo uri) {
        long id = operatorJobs.start(BatchJobs.HOLD_EXPIRY, Map.of());
        return Response.accepted(batchJobs.execution(id).orElseThrow())
                .location(uri.getBaseUriBuilder().path("ops/executions/{id}").build(id))
                .build();
    }
}
