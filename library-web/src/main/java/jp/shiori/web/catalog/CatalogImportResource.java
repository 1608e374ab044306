package jp.shiori.web.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import jp.shiori.catalog.ImportReport;
import jp.shiori.web.rest.ImportBody;
import jp.shiori.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** MARC import for staff clients: send a file, then follow the import's report. */
@Path("catalog/imports")
@RolesAllowed(Roles.CATALOG)
@Produces(MediaType.APPLICATION_JSON)
public class CatalogImportResource {

    @Inject
    CatalogImportStarter starter;

    @Context
    UriInfo uri;

    @POST
    @Consumes({
        "application/marc",
        "application/marcxml+xml",
        MediaType.APPLICATION_XML,
        MediaType.APPLICATION_OCTET_STREAM
    })
    @Operation(
            summary = "Import a MARC 21 file (ISO 2709 in UTF-8 or MARC-8, or MARCXML) (staff)",
            description = "The import runs as the marc-import batch job; bad records are skipped and reported.")
    @APIResponse(responseCode = "202", description = "Import started; Location names its report")
    public Response importFile(@QueryParam("fileName") String fileName, @ImportBody InputStream body)
            throws IOException {
        ImportReport report = starter.start(fileName == null || fileName.isBlank() ? "upload.mrc" : fileName, body);
        return Response.accepted(report)
                .location(uri.getBaseUriBuilder().path("catalog/imports/{id}").build(report.id()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import: state, counts and the records it skipped with the reasons")
    public ImportReport report(@PathParam("id") long id) {
        return starter.imports()
                .report(id)
                .orElseThrow(() -> new NotFoundException("No import has the id " + id + "."));
    }

    @GET
    @Operation(summary = "The latest imports, newest first")
    public List<ImportReport> recent() {
        return starter.imports().recent(20);
    }
}
