package jp.shiori.web.patron;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import jp.shiori.common.ErrorCode;
import jp.shiori.patron.LoginOutcome;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.web.security.BearerTokens;
import jp.shiori.web.security.RestAuthorization;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The patron's own REST API for apps: a card login gives a short-lived bearer token; {@code /me} is
 * always the token's patron, so no patron can name another.
 */
@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class PatronApi {

    /** The login of a patron app: the card as printed or typed, and the web-service password. */
    public record Credentials(String card, String password) {}

    @Inject
    PatronAccounts accounts;

    @Inject
    BearerTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Card login for patron apps: a bearer token for 15 minutes")
    public Response token(Credentials credentials) {
        LoginOutcome outcome = credentials == null
                ? LoginOutcome.of(LoginOutcome.Result.REFUSED)
                : accounts.authenticate(credentials.card(), credentials.password());
        return switch (outcome.result()) {
            case ACCEPTED ->
                Response.ok(Map.of(
                                "token",
                                tokens.issue(outcome.patronId()),
                                "tokenType",
                                "Bearer",
                                "expiresIn",
                                BearerTokens.LIFETIME.toSeconds()))
                        .build();
            case CARD_EXPIRED ->
                unauthorized(
                        ErrorCode.CARD_EXPIRED,
                        "The card is past its renewal date: renew it at a library counter, with an identity document.");
            case NO_PASSWORD ->
                unauthorized(
                        ErrorCode.NO_PASSWORD,
                        "No web-service password is registered for this card: register one at a library counter.");
            case REFUSED -> unauthorized(ErrorCode.UNAUTHORIZED, "The card number or the password is not correct.");
        };
    }

    private static Response unauthorized(ErrorCode code, String detail) {
        return RestAuthorization.unauthorized("shiori", code, detail);
    }
}
