package jp.shiori.web.patron;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import jp.shiori.common.ErrorCode;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.LoginOutcome;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.web.security.RestAuthorization;
import jp.shiori.web.security.Roles;

/** Patrons log in with the card number as typed and their web-service password; their apps with a bearer token. */
@ApplicationScoped
public class PatronIdentityStore implements IdentityStore {

    public static final String PATRON_ROLE = Roles.PATRON;
    static final String CALLER_PREFIX = "patron:";

    @Inject
    PatronAccounts accounts;

    @Inject
    LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.authenticate(credential.getCaller(), credential.getPasswordAsString());
        attempt.record(outcome);
        if (!outcome.isAccepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(CALLER_PREFIX + outcome.patronId(), Set.of(PATRON_ROLE));
    }

    /**
     * A patron app's bearer token names the patron: valid while the patron exists and the card is not past its
     * renewal date (then the request says so to {@link RestAuthorization}).
     */
    public CredentialValidationResult validate(long patronId, HttpServletRequest request) {
        Optional<PatronProfile> profile = accounts.profile(patronId);
        if (profile.isPresent() && profile.get().standing() == CardStanding.EXPIRED) {
            request.setAttribute(RestAuthorization.REFUSAL, ErrorCode.CARD_EXPIRED);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return profile.map(p -> new CredentialValidationResult(CALLER_PREFIX + p.id(), Set.of(PATRON_ROLE)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** The patron id of a caller this store authenticated, or null for anyone else. */
    public static Long patronId(String callerName) {
        return callerName != null && callerName.startsWith(CALLER_PREFIX)
                ? Long.valueOf(callerName.substring(CALLER_PREFIX.length()))
                : null;
    }
}
