package jp.shiori.web.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.StoredTitle;
import jp.shiori.web.staff.StaffOnly;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Cataloguing for staff clients: create or revise a title, add a copy. */
@Path("catalog/titles")
@StaffOnly
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CatalogRecordsResource {

    @Inject
    CatalogRecords records;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a title, or revise the one with the same source and sourceId (staff)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "An existing record was revised")
    public Response store(TitleInput input) {
        if (input == null) {
            throw new BadRequestException("A title record is required.");
        }
        StoredTitle stored = records.store(input.toDraft());
        if (!stored.created()) {
            return Response.ok(stored).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("catalog/titles/{id}").build(stored.id()))
                .entity(stored).build();
    }

    @POST
    @Path("{id}/items")
    @Operation(summary = "Add a copy (barcode, branch, shelf, call number, loanable) to a title (staff)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "404", description = "Unknown title or branch")
    @APIResponse(responseCode = "409", description = "The barcode is already in use")
    public Response addItem(@PathParam("id") long titleId, NewItem item) {
        if (item == null) {
            throw new BadRequestException("An item is required.");
        }
        records.addItem(titleId, item);
        return Response.status(Response.Status.CREATED).build();
    }
}
