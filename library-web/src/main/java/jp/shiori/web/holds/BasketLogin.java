package jp.shiori.web.holds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.holds.BasketRules;
import jp.shiori.holds.HoldBasket;
import jp.shiori.web.patron.PatronLoggedIn;

/**
 * 予約かご across login: what a visitor put in the basket before logging in joins the patron's basket in the
 * database, and the session's basket is emptied. Titles the limit or the catalog leaves out are told once on the
 * basket page.
 */
@ApplicationScoped
public class BasketLogin {

    private static final Logger LOG = Logger.getLogger(BasketLogin.class.getName());

    @Inject
    HoldBasket holdBasket;

    void merge(@Observes PatronLoggedIn login) {
        List<Long> visitor = SessionBasket.of(login.session());
        if (visitor.isEmpty()) {
            return;
        }
        try {
            BasketRules.Merge merge = holdBasket.merge(login.patronId(), visitor);
            SessionBasket.store(login.session(), List.of());
            if (merge.leftSomeOut()) {
                BasketNotice.leaveForBasketPage(login.session(), merge);
            }
        } catch (RuntimeException e) {
            // The login itself succeeded: keep the visitor's basket in the session rather than fail the login.
            LOG.log(Level.WARNING, "The hold basket of the session could not be merged at login", e);
        }
    }
}
