package jp.shiori.web.patron;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.shiori.common.ErrorCode;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.PatronAccounts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /me}: always the token's own patron. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    PatronAccounts accounts;

    @Inject
    BearerTokens tokens;

    @GET
    @Operation(summary = "The patron of the bearer token: profile, card and next renewal date")
    public Response me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
        return tokens.patronOf(token)
                .flatMap(accounts::profile)
                .map(profile -> profile.standing() == CardStanding.EXPIRED
                    ? PatronApi.unauthorized(ErrorCode.CARD_EXPIRED, "The card is past its renewal date: renew it at a library counter.")
                    : Response.ok(profile).build())
                .orElseGet(() -> PatronApi.unauthorized(ErrorCode.UNAUTHORIZED, "A valid bearer token is required."));
    }

}
