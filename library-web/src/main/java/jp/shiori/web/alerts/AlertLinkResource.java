package jp.shiori.web.alerts;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.shiori.alerts.NewArrivalAlerts;
import jp.shiori.common.ErrorCode;
import jp.shiori.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * RFC 8058 one-click unsubscribe: the {@code List-Unsubscribe} header of a new-arrival mail names this URL, and a
 * mail client POSTs {@code List-Unsubscribe=One-Click} to it. The signature is the only credential.
 */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertLinkResource {

    @Inject
    NewArrivalAlerts alerts;

    @POST
    @Path("{id}/unsubscribe")
    @Operation(summary = "Pause a new-arrival alert through the signed link of its mail (no login)")
    public Response unsubscribe(@PathParam("id") long id, @QueryParam("sig") String signature) {
        return alerts.unsubscribe(id, signature)
                .map(title -> Response.noContent().build())
                .orElseGet(() -> Problem.response(
                        Response.Status.NOT_FOUND, ErrorCode.NOT_FOUND, "This unsubscribe link is not valid."));
    }
}
