package jp.shiori.web.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.shiori.alerts.AlertRules;
import jp.shiori.alerts.NewArrivalAlerts;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.web.patron.OpacTerminal;
import jp.shiori.web.patron.PatronIdentityStore;

/**
 * Whether the logged-in patron may use 新着案内配信サービス here: not on the library's OPAC terminals (hidden and
 * refused, as the password reset is), and only with a verified e-mail address (else: why, and to ユーザ設定).
 */
@Named
@RequestScoped
public class AlertAccess {

    @Inject
    SecurityContext security;

    @Inject
    PatronAccounts accounts;

    @Inject
    OpacTerminal terminal;

    @Inject
    NewArrivalAlerts alerts;

    private PatronProfile patron;

    @PostConstruct
    void load() {
        var caller = security.getCallerPrincipal();
        Long id = caller == null || security.isCallerInRole("STAFF")
                ? null
                : PatronIdentityStore.patronId(caller.getName());
        patron = id == null ? null : accounts.profile(id).orElse(null);
    }

    public PatronProfile getPatron() {
        return patron;
    }

    public boolean isTerminal() {
        return terminal.isTerminal();
    }

    public boolean isEmailVerified() {
        return patron != null && AlertRules.hasVerifiedEmail(patron);
    }

    /** Everything of the service may be shown and used. */
    public boolean isUsable() {
        return patron != null && !isTerminal() && isEmailVerified();
    }

    /** The domain of the library's sender address, for the guide's note on allowing its mail. */
    public String getSenderDomain() {
        String sender = alerts.senderAddress();
        int at = sender.lastIndexOf('@');
        return at < 0 ? sender : sender.substring(at);
    }

    public String getSenderAddress() {
        return alerts.senderAddress();
    }

    /** The patron's id; only for pages that checked {@link #isUsable()}. */
    long patronId() {
        if (patron == null) {
            throw new IllegalStateException("no patron logged in");
        }
        return patron.id();
    }
}
