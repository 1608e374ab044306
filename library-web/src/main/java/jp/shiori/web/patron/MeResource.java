package jp.shiori.web.patron;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jp.shiori.booklist.BookListStart;
import jp.shiori.booklist.EntryChange;
import jp.shiori.web.booklist.BookListRest;
import java.util.List;
import jp.shiori.holds.HoldBasket;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PlacementResult;
import jp.shiori.web.holds.BasketEntryRequest;
import jp.shiori.web.rest.Problem;
import jp.shiori.web.rest.ProblemMappers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;
import jp.shiori.circulation.Circulation;
import jp.shiori.common.ErrorCode;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /me}: always the token's own patron — the profile, the loans and their renewals, the holds, the hold
 * basket. These are methods here, not resources of their own: a second root resource at {@code me/...} would be
 * shadowed.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    PatronAccounts accounts;

    @Inject
    BearerTokens tokens;

    @Inject
    Circulation circulation;

    @Inject
    Holds holds;

    @Inject
    HoldBasket basket;

    @Inject
    BookListRest bookList;

    @GET
    @Operation(summary = "The patron of the bearer token: profile, card and next renewal date")
    public Response me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, profile -> Response.ok(profile).build());
    }

    @GET
    @Path("loans")
    @Operation(summary = "The patron's loans: due dates, renewals used, and why a renewal is refused")
    public Response loans(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, profile -> Response.ok(circulation.loansOf(profile.id())).build());
    }

    @POST
    @Path("loans/{id}/renewal")
    @Operation(summary = "Renew one of the patron's own loans: two weeks from the current due date, once")
    public Response renew(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long loanId) {
        return asPatron(authorization, profile -> Response.ok(circulation.renew(profile.id(), loanId)).build());
    }

    @GET
    @Path("holds")
    @Operation(summary = "The patron's holds: status, queue position, pickup point, deadline and shelf")
    public Response holds(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, profile -> Response.ok(holds.holdsOf(profile.id())).build());
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place holds on titles, all or none: type, contact, pickup branch and station, confirmation mail")
    public Response placeHolds(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, HoldPlacement placement) {
        return asPatron(authorization, profile -> {
            if (placement == null) {
                throw new BadRequestException("A placement is required.");
            }
            PlacementResult result = holds.place(profile.id(), placement, false, "patron:" + profile.id());
            if (!result.accepted()) {
                return Problem.response(ProblemMappers.UNPROCESSABLE, ErrorCode.HOLD_REFUSED,
                        "The holds were not placed: " + result.refusals(), result.refusals().stream()
                                .map(r -> r.reason().code() + (r.titleId() == null ? "" : ":" + r.titleId())).toList());
            }
            return Response.status(Response.Status.CREATED).entity(result.placed()).build();
        });
    }

    @DELETE
    @Path("holds/{id}")
    @Operation(summary = "Cancel one of the patron's own waiting holds (not one set aside or requested at the counter)")
    public Response cancelHold(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long holdId) {
        return asPatron(authorization, profile -> holds.cancelByPatron(profile.id(), holdId)
                .map(refusal -> Problem.response(Response.Status.CONFLICT, ErrorCode.HOLD_NOT_CANCELLABLE,
                        "This hold cannot be cancelled here: call or visit the pickup library.", List.of(refusal.code())))
                .orElseGet(() -> Response.noContent().build()));
    }

    @GET
    @Path("basket")
    @Operation(summary = "The patron's hold basket (予約かご): its titles in the order added, availability read now")
    public Response basket(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, profile -> Response.ok(basket.titles(profile.id())).build());
    }

    @POST
    @Path("basket")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a title to the patron's hold basket: once per title, at most 50, only holdable titles")
    public Response addToBasket(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, BasketEntryRequest entry) {
        return asPatron(authorization, profile -> {
            if (entry == null || entry.titleId() == null) {
                return Problem.response(Response.Status.BAD_REQUEST, ErrorCode.BAD_REQUEST, "titleId is required.");
            }
            basket.add(profile.id(), entry.titleId());
            return Response.ok(basket.titles(profile.id())).build();
        });
    }

    @DELETE
    @Path("basket/{titleId}")
    @Operation(summary = "Take a title out of the patron's hold basket (nothing happens when it is not there)")
    public Response removeFromBasket(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("titleId") long titleId) {
        return asPatron(authorization, profile -> {
            basket.remove(profile.id(), List.of(titleId));
            return Response.noContent().build();
        });
    }

    @DELETE
    @Path("basket")
    @Operation(summary = "Empty the patron's hold basket")
    public Response emptyBasket(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, profile -> {
            basket.clear(profile.id());
            return Response.noContent().build();
        });
    }

    // ブックリスト: the patron's own book list (never at an OPAC terminal; no staff operation reads it).

    @GET
    @Path("booklist")
    @Operation(summary = "The patron's book list settings: nickname, terms version, automatic registration")
    public Response bookList(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, p -> bookList.profile(p.id()));
    }

    @PUT
    @Path("booklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "First use of the book list (or new terms): nickname and acceptance of the current terms")
    public Response startBookList(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, BookListStart start) {
        return asPatron(authorization, p -> bookList.start(p.id(), start));
    }

    @DELETE
    @Path("booklist")
    @Operation(summary = "End the book list: entries, categories, nickname and settings are deleted")
    public Response closeBookList(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, p -> bookList.close(p.id()));
    }

    @GET
    @Path("booklist/nickname")
    @Operation(summary = "Whether a nickname is free (in any case and width)")
    public Response bookListNickname(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("nickname") String nickname) {
        return asPatron(authorization, p -> bookList.nickname(p.id(), nickname));
    }

    @PUT
    @Path("booklist/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Automatic registration of loans on or off")
    public Response bookListSettings(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            BookListRest.Settings settings) {
        return asPatron(authorization, p -> bookList.settings(p.id(), settings));
    }

    @GET
    @Path("booklist/entries")
    @Operation(summary = "The book list's entries, filtered by status, category and year, sorted, one page")
    public Response bookListEntries(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("status") String status, @QueryParam("category") Long category,
            @QueryParam("year") Integer year, @QueryParam("sort") String sort, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return asPatron(authorization, p -> bookList.entries(p.id(), status, category, year, sort, page, size));
    }

    @POST
    @Path("booklist/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a title to the book list (read, want to read, or just registered)")
    public Response addToBookList(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            BookListRest.NewEntry entry) {
        return asPatron(authorization, p -> bookList.add(p.id(), entry));
    }

    @DELETE
    @Path("booklist/entries")
    @Operation(summary = "Delete the whole history of the book list")
    public Response deleteBookListHistory(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, p -> bookList.deleteHistory(p.id()));
    }

    @GET
    @Path("booklist/entries/{id}")
    @Operation(summary = "One entry of the patron's book list")
    public Response bookListEntry(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long entryId) {
        return asPatron(authorization, p -> bookList.entry(p.id(), entryId));
    }

    @PUT
    @Path("booklist/entries/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status, category, memo and rating of one entry")
    public Response changeBookListEntry(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long entryId, EntryChange change) {
        return asPatron(authorization, p -> bookList.change(p.id(), entryId, change));
    }

    @DELETE
    @Path("booklist/entries/{id}")
    @Operation(summary = "Delete one entry of the book list")
    public Response deleteBookListEntry(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long entryId) {
        return asPatron(authorization, p -> bookList.delete(p.id(), entryId));
    }

    @GET
    @Path("booklist/categories")
    @Operation(summary = "The patron's categories with their numbers of entries")
    public Response bookListCategories(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asPatron(authorization, p -> bookList.categories(p.id()));
    }

    @POST
    @Path("booklist/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a category (at most 50)")
    public Response createBookListCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            BookListRest.CategoryName name) {
        return asPatron(authorization, p -> bookList.createCategory(p.id(), name));
    }

    @PUT
    @Path("booklist/categories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a category")
    public Response renameBookListCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long categoryId, BookListRest.CategoryName name) {
        return asPatron(authorization, p -> bookList.renameCategory(p.id(), categoryId, name));
    }

    @DELETE
    @Path("booklist/categories/{id}")
    @Operation(summary = "Delete a category; its entries stay, uncategorised")
    public Response deleteBookListCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") long categoryId) {
        return asPatron(authorization, p -> bookList.deleteCategory(p.id(), categoryId));
    }

    @GET
    @Path("booklist/export")
    @Produces("text/csv")
    @Operation(summary = "The whole book list as CSV (UTF-8 with a byte order mark); English header on Accept-Language en")
    public Response exportBookList(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        java.util.Locale locale = language != null && language.strip().toLowerCase(java.util.Locale.ROOT).startsWith("en")
                ? java.util.Locale.ENGLISH : java.util.Locale.JAPANESE;
        return asPatron(authorization, p -> bookList.export(p.id(), locale));
    }

    /** Answers for the token's patron; 401 for no valid token or a card past its renewal date. */
    private Response asPatron(String authorization, Function<PatronProfile, Response> answer) {
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
        Optional<PatronProfile> patron = tokens.patronOf(token).flatMap(accounts::profile);
        if (patron.isEmpty()) {
            return PatronApi.unauthorized(ErrorCode.UNAUTHORIZED, "A valid bearer token is required.");
        }
        if (patron.get().standing() == CardStanding.EXPIRED) {
            return PatronApi.unauthorized(ErrorCode.CARD_EXPIRED, "The card is past its renewal date: renew it at a library counter.");
        }
        return answer.apply(patron.get());
    }
}
