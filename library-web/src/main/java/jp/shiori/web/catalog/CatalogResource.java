package jp.shiori.web.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.SearchResult;
import jp.shiori.catalog.StoredTitle;
import jp.shiori.catalog.TitleDetail;
import jp.shiori.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Catalog search and title detail for apps and discovery layers; cataloguing (create or revise a title,
 * add a copy) for staff clients.
 */
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    CatalogSearch catalog;

    @Inject
    CatalogRecords records;

    @Context
    UriInfo uri;

    @GET
    @Path("search")
    @Operation(
            summary = "Search the catalog",
            description = "Keyword search (q) and field search; text is taken literally, never as query syntax. "
                    + "Copy counts are read from the database at request time.")
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "keywords: title, author, reading (kana), ISBN, subject ...")
    @Parameter(name = "title", in = ParameterIn.QUERY)
    @Parameter(name = "author", in = ParameterIn.QUERY)
    @Parameter(name = "publisher", in = ParameterIn.QUERY)
    @Parameter(name = "subject", in = ParameterIn.QUERY)
    @Parameter(name = "isbn", in = ParameterIn.QUERY, description = "ISBN-10 or -13, hyphens optional")
    @Parameter(name = "ndc", in = ParameterIn.QUERY, description = "NDC class or prefix, e.g. 913 or 913.6")
    @Parameter(name = "yearFrom", in = ParameterIn.QUERY)
    @Parameter(name = "yearTo", in = ParameterIn.QUERY)
    @Parameter(
            name = "type",
            in = ParameterIn.QUERY,
            description = "material type facet, repeatable: BOOK, MAGAZINE, CD, DVD, MAP ...")
    @Parameter(name = "branch", in = ParameterIn.QUERY, description = "branch code facet, repeatable")
    @Parameter(name = "available", in = ParameterIn.QUERY, description = "true: only titles with a copy on the shelf")
    @Parameter(name = "ndcClass", in = ParameterIn.QUERY, description = "NDC main class 0-9, repeatable")
    @Parameter(name = "language", in = ParameterIn.QUERY, description = "ISO 639-2 code, repeatable")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default), newest or title")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based, at most 1000")
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "1 to 100, default 20")
    @APIResponse(responseCode = "200", description = "A page of titles with facets")
    @APIResponse(
            responseCode = "400",
            description = "The search breaks a rule (application/problem+json, code invalid-search)")
    public SearchResult search() {
        return catalog.search(SearchParameters.parse(uri.getQueryParameters()));
    }

    @GET
    @Path("titles/{id}")
    @Operation(summary = "A title with its holdings per branch and their availability now")
    @APIResponse(responseCode = "200", description = "The title")
    @APIResponse(responseCode = "404", description = "No such title (application/problem+json)")
    public TitleDetail title(@PathParam("id") String id) {
        long titleId;
        try {
            titleId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No title has the id '" + id + "'.");
        }
        return catalog.title(titleId).orElseThrow(() -> new NotFoundException("No title has the id " + titleId + "."));
    }

    @POST
    @Path("titles")
    @RolesAllowed(Roles.CATALOG)
    @Consumes(MediaType.APPLICATION_JSON)
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
        return Response.created(
                        uri.getBaseUriBuilder().path("catalog/titles/{id}").build(stored.id()))
                .entity(stored)
                .build();
    }

    @POST
    @Path("titles/{id}/items")
    @RolesAllowed(Roles.CATALOG)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a copy (barcode, branch, shelf, call number, loanable) to a title (staff)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "404", description = "Unknown title or branch")
    @APIResponse(responseCode = "409", description = "The barcode is already in use")
    public Response addItem(@PathParam("id") long titleId, @Valid NewItem item) {
        if (item == null) {
            throw new BadRequestException("An item is required.");
        }
        records.addItem(titleId, item);
        return Response.status(Response.Status.CREATED).build();
    }
}
