package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The patron who logged in with their card, for this request. Request-scoped, so that view- and session-scoped
 * pages inject it as a serializable proxy and a restored session asks the container again.
 */
@RequestScoped
public class PatronCaller {

    @Inject
    SecurityContext security;

    /** The patron's id, or null for a visitor or a staff member. */
    public Long id() {
        return security.getCallerPrincipal() == null
                ? null
                : PatronIdentityStore.patronId(security.getCallerPrincipal().getName());
    }
}
