package jp.shiori.web.notify;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import jp.shiori.notify.MailOutbox;
import jp.shiori.notify.OutboxMail;
import jp.shiori.notify.OutboxState;
import jp.shiori.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The mail outbox for operators: what waits, what went out, what failed; resend; a test mail. */
@Path("ops/mail")
@RolesAllowed(Roles.OPERATOR)
@Produces(MediaType.APPLICATION_JSON)
public class MailResource {

    private static final int RECENT = 50;

    @Inject
    MailOutbox outbox;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The latest mail of the outbox in a state (every state without one), newest first")
    public List<OutboxMail> recent(@QueryParam("state") String state) {
        return outbox.recent(state == null || state.isBlank() ? null : parse(state), RECENT);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One mail of the outbox")
    public OutboxMail mail(@PathParam("id") long id) {
        return outbox.find(id).orElseThrow(() -> new NotFoundException("No mail " + id + " in the outbox."));
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Put a dead or failing mail back to pending with fresh tries")
    @APIResponse(responseCode = "204", description = "Pending again")
    @APIResponse(responseCode = "404", description = "No such mail")
    @APIResponse(responseCode = "409", description = "Already sent")
    public Response resend(@PathParam("id") long id) {
        outbox.resend(id);
        return Response.noContent().build();
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a test mail (テストメール) to check the mail settings")
    @APIResponse(responseCode = "202", description = "Queued; Location names the mail")
    public Response test(MailTestRequest request) {
        if (request == null) {
            throw new BadRequestException("Give the address to send the test mail to.");
        }
        long id = outbox.enqueueTest(request.to(), request.languageOrJapanese());
        return Response.accepted(outbox.find(id).orElseThrow())
                .location(uri.getBaseUriBuilder().path("ops/mail/{id}").build(id))
                .build();
    }

    private static OutboxState parse(String state) {
        try {
            return OutboxState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("state must be PENDING, SENT or DEAD, not '" + state + "'.");
        }
    }
}
