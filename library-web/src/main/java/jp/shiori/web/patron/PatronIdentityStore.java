package jp.shiori.web.patron;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import jp.shiori.patron.LoginOutcome;
import jp.shiori.patron.PatronAccounts;

/** Patrons log in with the card number as typed and their web-service password. */
@ApplicationScoped
public class PatronIdentityStore implements IdentityStore {

    public static final String PATRON_ROLE = "PATRON";
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

    /** The patron id of a caller this store authenticated, or null for anyone else. */
    public static Long patronId(String callerName) {
        return callerName != null && callerName.startsWith(CALLER_PREFIX)
                ? Long.valueOf(callerName.substring(CALLER_PREFIX.length())) : null;
    }
}
