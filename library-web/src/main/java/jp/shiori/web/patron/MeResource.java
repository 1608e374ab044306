package jp.shiori.web.patron;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.alerts.AlertProblem;
import jp.shiori.alerts.AlertRefusedException;
import jp.shiori.alerts.AlertView;
import jp.shiori.alerts.NewArrivalAlerts;
import jp.shiori.common.RefusedException;
import jp.shiori.web.alerts.AlertRequest;
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
    NewArrivalAlerts alerts;

    @Inject
    OpacTerminal terminal;

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

    @GET
    @Path("alerts")
    @Operation(summary = "The patron's new-arrival alerts (新着案内配信サービス)")
    public Response alerts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asAlertPatron(authorization, profile -> Response.ok(alerts.alertsOf(profile.id())).build());
    }

    @POST
    @Path("alerts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a new-arrival alert: a mail title and at least one condition")
    public Response registerAlert(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AlertRequest request) {
        return asAlertPatron(authorization, profile -> alertRefusals(() -> {
            AlertView created = alerts.register(profile.id(), AlertRequest.draft(request));
            return Response.status(Response.Status.CREATED).entity(created).build();
        }));
    }

    @GET
    @Path("alerts/{id}")
    @Operation(summary = "One of the patron's own new-arrival alerts")
    public Response alert(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long alertId) {
        return asAlertPatron(authorization, profile -> alerts.alert(profile.id(), alertId)
                .map(a -> Response.ok(a).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, ErrorCode.NOT_FOUND, "No alert " + alertId + " of yours.")));
    }

    @PUT
    @Path("alerts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one of the patron's alerts: mail title and conditions, and/or pause or resume it")
    public Response changeAlert(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long alertId,
            AlertRequest request) {
        return asAlertPatron(authorization, profile -> alertRefusals(() -> {
            if (request == null || (request.conditions() == null && request.mailTitle() == null && request.active() == null)) {
                return Problem.response(Response.Status.BAD_REQUEST, ErrorCode.BAD_REQUEST,
                        "Give a mail title and conditions, or active.");
            }
            AlertView changed = request.conditions() != null || request.mailTitle() != null
                    ? alerts.change(profile.id(), alertId, AlertRequest.draft(request))
                    : alerts.alert(profile.id(), alertId).orElseThrow(() ->
                            new RefusedException(ErrorCode.NOT_FOUND, "No alert " + alertId + " of yours."));
            if (request.active() != null) {
                changed = alerts.setActive(profile.id(), alertId, request.active());
            }
            return Response.ok(changed).build();
        }));
    }

    @DELETE
    @Path("alerts/{id}")
    @Operation(summary = "Delete one of the patron's alerts")
    public Response deleteAlert(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long alertId) {
        return asAlertPatron(authorization, profile -> {
            alerts.delete(profile.id(), alertId);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("alerts/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What these conditions would have mailed over the last 30 days (nothing is stored)")
    public Response previewAlert(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AlertConditions conditions) {
        return asAlertPatron(authorization, profile -> alertRefusals(() -> {
            if (conditions == null) {
                return Problem.response(Response.Status.BAD_REQUEST, ErrorCode.BAD_REQUEST, "Conditions are required.");
            }
            return Response.ok(alerts.preview(conditions)).build();
        }));
    }

    /** 新着案内 is not offered on the library's OPAC terminals (the guide), whatever the client. */
    private Response asAlertPatron(String authorization, Function<PatronProfile, Response> answer) {
        if (terminal.isTerminal()) {
            return Problem.response(Response.Status.FORBIDDEN, ErrorCode.FORBIDDEN,
                    "New-arrival alerts are not offered on the library's search terminals.");
        }
        return asPatron(authorization, answer);
    }

    private static Response alertRefusals(java.util.function.Supplier<Response> action) {
        try {
            return action.get();
        } catch (AlertRefusedException e) {
            return Problem.response(ProblemMappers.UNPROCESSABLE, ErrorCode.ALERT_REFUSED, e.getMessage(),
                    e.problems().stream().map(AlertProblem::code).toList());
        }
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
