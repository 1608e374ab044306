package jp.shiori.web.alerts;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.alerts.AlertRefusedException;
import jp.shiori.alerts.NewArrivalAlerts;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.common.ErrorCode;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.patron.PublicAddress;
import jp.shiori.web.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Atom feeds of new arrivals (the last 30 days): one per alert at a private, revocable address shown on the
 * alert's page, and public ones per branch and per NDC main class.
 */
@Path("feeds")
@Produces(FeedResource.ATOM)
public class FeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";

    @Inject
    NewArrivalAlerts alerts;

    @Inject
    BranchDirectory branches;

    @Context
    HttpServletRequest request;

    @GET
    @Path("alerts/{token}")
    @Operation(summary = "The private Atom feed of one new-arrival alert (its address is the credential)")
    public Response alert(@PathParam("token") String token) {
        return alerts.feed(token)
                .map(f -> atom(f.mailTitle(), "feeds/alerts/" + token, f.arrivals()))
                .orElseGet(() -> notFound("No feed at this address (it may have been renewed)."));
    }

    @GET
    @Path("branches/{code}")
    @Operation(summary = "Public Atom feed of a branch's new arrivals (last 30 days)")
    public Response branch(@PathParam("code") String code) {
        BranchView branch = branches.branch(code).orElse(null);
        if (branch == null) {
            return notFound("No branch has the code '" + code + "'.");
        }
        NewArrivals arrivals = alerts.recent(new AlertConditions(null, null, null, null, null, null, null, code, null));
        return atom(
                Messages.get(Locale.JAPANESE, "feeds.branch", branch.name().ja()), "feeds/branches/" + code, arrivals);
    }

    @GET
    @Path("ndc/{class}")
    @Operation(summary = "Public Atom feed of the new arrivals of an NDC main class 0-9 (last 30 days)")
    public Response ndc(@PathParam("class") String ndcClass) {
        if (!ndcClass.matches("\\d")) {
            return notFound("An NDC main class is one digit, 0 to 9.");
        }
        try {
            NewArrivals arrivals =
                    alerts.recent(new AlertConditions(null, null, null, null, null, ndcClass, null, null, null));
            return atom(
                    Messages.get(Locale.JAPANESE, "feeds.ndc", Messages.get(Locale.JAPANESE, "ndc." + ndcClass)),
                    "feeds/ndc/" + ndcClass,
                    arrivals);
        } catch (AlertRefusedException e) {
            return notFound("An NDC main class is one digit, 0 to 9.");
        }
    }

    private Response atom(String title, String path, NewArrivals arrivals) {
        String site = site();
        String body = AtomFeeds.atom(
                title,
                site + "api/v1/" + path,
                site,
                arrivals,
                code -> branches.branch(code).map(b -> b.name().ja()).orElse(code),
                Instant.now());
        return Response.ok(body, ATOM)
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    private static Response notFound(String detail) {
        return Problem.response(Response.Status.NOT_FOUND, ErrorCode.NOT_FOUND, detail);
    }

    private String site() {
        return PublicAddress.of(request);
    }
}
