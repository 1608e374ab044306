package jp.shiori.web.patron;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.alerts.AlertProblem;
import jp.shiori.alerts.AlertRefusedException;
import jp.shiori.alerts.AlertView;
import jp.shiori.alerts.NewArrivalAlerts;
import jp.shiori.booklist.BookListStart;
import jp.shiori.booklist.EntryChange;
import jp.shiori.circulation.Circulation;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.HoldBasket;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PlacementResult;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.web.alerts.AlertRequest;
import jp.shiori.web.booklist.BookListRest;
import jp.shiori.web.holds.BasketEntryRequest;
import jp.shiori.web.rest.Problem;
import jp.shiori.web.rest.ProblemMappers;
import jp.shiori.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /me}: always the bearer token's own patron — the profile, the loans and their renewals, the holds, the
 * hold basket. The token was checked before any of this runs (LoginMechanism, {@code @RolesAllowed}); these
 * methods only ask the security context whose they are. They are methods here, not resources of their own: a
 * second root resource at {@code me/...} would be shadowed.
 */
@Path("me")
@RolesAllowed(Roles.PATRON)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Context
    SecurityContext security;

    @Inject
    PatronAccounts accounts;

    @Inject
    Circulation circulation;

    @Inject
    Holds holds;

    @Inject
    HoldBasket basket;

    @Inject
    BookListRest bookList;

    @Inject
    NewArrivalAlerts alerts;

    @Inject
    OpacTerminal terminal;

    @GET
    @Operation(summary = "The patron of the bearer token: profile, card and next renewal date")
    public Response me() {
        return Response.ok(accounts.profile(patronId())
                        .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No such patron.")))
                .build();
    }

    @GET
    @Path("loans")
    @Operation(summary = "The patron's loans: due dates, renewals used, and why a renewal is refused")
    public Response loans() {
        return Response.ok(circulation.loansOf(patronId())).build();
    }

    @POST
    @Path("loans/{id}/renewal")
    @Operation(summary = "Renew one of the patron's own loans: two weeks from the current due date, once")
    public Response renew(@PathParam("id") long loanId) {
        return Response.ok(circulation.renew(patronId(), loanId)).build();
    }

    @GET
    @Path("holds")
    @Operation(summary = "The patron's holds: status, queue position, pickup point, deadline and shelf")
    public Response holds() {
        return Response.ok(holds.holdsOf(patronId())).build();
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Place holds on titles, all or none: type, contact, pickup branch and station, confirmation mail")
    public Response placeHolds(HoldPlacement placement) {
        long patron = patronId();
        PlacementResult result = holds.place(patron, placement, false, "patron:" + patron);
        if (!result.accepted()) {
            return Problem.response(
                    ProblemMappers.UNPROCESSABLE,
                    ErrorCode.HOLD_REFUSED,
                    "The holds were not placed: " + result.refusals(),
                    result.refusals().stream()
                            .map(r -> r.reason().code() + (r.titleId() == null ? "" : ":" + r.titleId()))
                            .toList());
        }
        return Response.status(Response.Status.CREATED).entity(result.placed()).build();
    }

    @DELETE
    @Path("holds/{id}")
    @Operation(summary = "Cancel one of the patron's own waiting holds (not one set aside or requested at the counter)")
    public Response cancelHold(@PathParam("id") long holdId) {
        return holds.cancelByPatron(patronId(), holdId)
                .map(refusal -> Problem.response(
                        Response.Status.CONFLICT,
                        ErrorCode.HOLD_NOT_CANCELLABLE,
                        "This hold cannot be cancelled here: call or visit the pickup library.",
                        List.of(refusal.code())))
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("basket")
    @Operation(summary = "The patron's hold basket (予約かご): its titles in the order added, availability read now")
    public Response basket() {
        return Response.ok(basket.titles(patronId())).build();
    }

    @POST
    @Path("basket")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a title to the patron's hold basket: once per title, at most 50, only holdable titles")
    public Response addToBasket(BasketEntryRequest entry) {
        if (entry == null || entry.titleId() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, ErrorCode.BAD_REQUEST, "titleId is required.");
        }
        basket.add(patronId(), entry.titleId());
        return Response.ok(basket.titles(patronId())).build();
    }

    @DELETE
    @Path("basket/{titleId}")
    @Operation(summary = "Take a title out of the patron's hold basket (nothing happens when it is not there)")
    public Response removeFromBasket(@PathParam("titleId") long titleId) {
        basket.remove(patronId(), List.of(titleId));
        return Response.noContent().build();
    }

    @DELETE
    @Path("basket")
    @Operation(summary = "Empty the patron's hold basket")
    public Response emptyBasket() {
        basket.clear(patronId());
        return Response.noContent().build();
    }

    /** The patron the bearer token names. */
    private long patronId() {
        return PatronIdentityStore.patronId(security.getUserPrincipal().getName());
    }

    // ブックリスト: the patron's own book list (never at an OPAC terminal; no staff operation reads it).

    @GET
    @Path("booklist")
    @Operation(summary = "The patron's book list settings: nickname, terms version, automatic registration")
    public Response bookList() {
        return bookList.profile(patronId());
    }

    @PUT
    @Path("booklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "First use of the book list (or new terms): nickname and acceptance of the current terms")
    public Response startBookList(BookListStart start) {
        return bookList.start(patronId(), start);
    }

    @DELETE
    @Path("booklist")
    @Operation(summary = "End the book list: entries, categories, nickname and settings are deleted")
    public Response closeBookList() {
        return bookList.close(patronId());
    }

    @GET
    @Path("booklist/nickname")
    @Operation(summary = "Whether a nickname is free (in any case and width)")
    public Response bookListNickname(@QueryParam("nickname") String nickname) {
        return bookList.nickname(patronId(), nickname);
    }

    @PUT
    @Path("booklist/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Automatic registration of loans on or off")
    public Response bookListSettings(BookListRest.Settings settings) {
        return bookList.settings(patronId(), settings);
    }

    @GET
    @Path("booklist/entries")
    @Operation(summary = "The book list's entries, filtered by status, category and year, sorted, one page")
    public Response bookListEntries(
            @QueryParam("status") String status,
            @QueryParam("category") Long category,
            @QueryParam("year") Integer year,
            @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return bookList.entries(patronId(), status, category, year, sort, page, size);
    }

    @POST
    @Path("booklist/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a title to the book list (read, want to read, or just registered)")
    public Response addToBookList(BookListRest.NewEntry entry) {
        return bookList.add(patronId(), entry);
    }

    @DELETE
    @Path("booklist/entries")
    @Operation(summary = "Delete the whole history of the book list")
    public Response deleteBookListHistory() {
        return bookList.deleteHistory(patronId());
    }

    @GET
    @Path("booklist/entries/{id}")
    @Operation(summary = "One entry of the patron's book list")
    public Response bookListEntry(@PathParam("id") long entryId) {
        return bookList.entry(patronId(), entryId);
    }

    @PUT
    @Path("booklist/entries/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status, category, memo and rating of one entry")
    public Response changeBookListEntry(@PathParam("id") long entryId, EntryChange change) {
        return bookList.change(patronId(), entryId, change);
    }

    @DELETE
    @Path("booklist/entries/{id}")
    @Operation(summary = "Delete one entry of the book list")
    public Response deleteBookListEntry(@PathParam("id") long entryId) {
        return bookList.delete(patronId(), entryId);
    }

    @GET
    @Path("booklist/categories")
    @Operation(summary = "The patron's categories with their numbers of entries")
    public Response bookListCategories() {
        return bookList.categories(patronId());
    }

    @POST
    @Path("booklist/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a category (at most 50)")
    public Response createBookListCategory(BookListRest.CategoryName name) {
        return bookList.createCategory(patronId(), name);
    }

    @PUT
    @Path("booklist/categories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a category")
    public Response renameBookListCategory(@PathParam("id") long categoryId, BookListRest.CategoryName name) {
        return bookList.renameCategory(patronId(), categoryId, name);
    }

    @DELETE
    @Path("booklist/categories/{id}")
    @Operation(summary = "Delete a category; its entries stay, uncategorised")
    public Response deleteBookListCategory(@PathParam("id") long categoryId) {
        return bookList.deleteCategory(patronId(), categoryId);
    }

    @GET
    @Path("booklist/export")
    @Produces("text/csv")
    @Operation(
            summary = "The whole book list as CSV (UTF-8 with a byte order mark); English header on Accept-Language en")
    public Response exportBookList(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        java.util.Locale locale = language != null
                        && language.strip().toLowerCase(java.util.Locale.ROOT).startsWith("en")
                ? java.util.Locale.ENGLISH
                : java.util.Locale.JAPANESE;
        return bookList.export(patronId(), locale);
    }

    // 新着案内配信サービス: the patron's new-arrival alerts (never at an OPAC terminal).

    @GET
    @Path("alerts")
    @Operation(summary = "The patron's new-arrival alerts (新着案内配信サービス)")
    public Response alerts() {
        return asAlertPatron(() -> Response.ok(alerts.alertsOf(patronId())).build());
    }

    @POST
    @Path("alerts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a new-arrival alert: a mail title and at least one condition")
    public Response registerAlert(AlertRequest request) {
        return asAlertPatron(() -> alertRefusals(() -> {
            AlertView created = alerts.register(patronId(), AlertRequest.draft(request));
            return Response.status(Response.Status.CREATED).entity(created).build();
        }));
    }

    @GET
    @Path("alerts/{id}")
    @Operation(summary = "One of the patron's own new-arrival alerts")
    public Response alert(@PathParam("id") long alertId) {
        return asAlertPatron(() -> alerts.alert(patronId(), alertId)
                .map(a -> Response.ok(a).build())
                .orElseGet(() -> Problem.response(
                        Response.Status.NOT_FOUND, ErrorCode.NOT_FOUND, "No alert " + alertId + " of yours.")));
    }

    @PUT
    @Path("alerts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one of the patron's alerts: mail title and conditions, and/or pause or resume it")
    public Response changeAlert(@PathParam("id") long alertId, AlertRequest request) {
        return asAlertPatron(() -> alertRefusals(() -> {
            if (request == null
                    || (request.conditions() == null && request.mailTitle() == null && request.active() == null)) {
                return Problem.response(
                        Response.Status.BAD_REQUEST,
                        ErrorCode.BAD_REQUEST,
                        "Give a mail title and conditions, or active.");
            }
            AlertView changed = request.conditions() != null || request.mailTitle() != null
                    ? alerts.change(patronId(), alertId, AlertRequest.draft(request))
                    : alerts.alert(patronId(), alertId)
                            .orElseThrow(() ->
                                    new RefusedException(ErrorCode.NOT_FOUND, "No alert " + alertId + " of yours."));
            if (request.active() != null) {
                changed = alerts.setActive(patronId(), alertId, request.active());
            }
            return Response.ok(changed).build();
        }));
    }

    @DELETE
    @Path("alerts/{id}")
    @Operation(summary = "Delete one of the patron's alerts")
    public Response deleteAlert(@PathParam("id") long alertId) {
        return asAlertPatron(() -> {
            alerts.delete(patronId(), alertId);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("alerts/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What these conditions would have mailed over the last 30 days (nothing is stored)")
    public Response previewAlert(AlertConditions conditions) {
        return asAlertPatron(() -> alertRefusals(() -> {
            if (conditions == null) {
                return Problem.response(Response.Status.BAD_REQUEST, ErrorCode.BAD_REQUEST, "Conditions are required.");
            }
            return Response.ok(alerts.preview(conditions)).build();
        }));
    }

    /** 新着案内 is not offered on the library's OPAC terminals (the guide), whatever the client. */
    private Response asAlertPatron(java.util.function.Supplier<Response> answer) {
        if (terminal.isTerminal()) {
            return Problem.response(
                    Response.Status.FORBIDDEN,
                    ErrorCode.FORBIDDEN,
                    "New-arrival alerts are not offered on the library's search terminals.");
        }
        return answer.get();
    }

    private static Response alertRefusals(java.util.function.Supplier<Response> action) {
        try {
            return action.get();
        } catch (AlertRefusedException e) {
            return Problem.response(
                    ProblemMappers.UNPROCESSABLE,
                    ErrorCode.ALERT_REFUSED,
                    e.getMessage(),
                    e.problems().stream().map(AlertProblem::code).toList());
        }
    }
}
