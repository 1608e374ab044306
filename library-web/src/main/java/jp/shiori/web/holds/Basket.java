package jp.shiori.web.holds;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.BasketRules;
import jp.shiori.holds.HoldBasket;
import jp.shiori.web.patron.PatronIdentityStore;

/**
 * The hold basket of whoever makes this request: the patron's basket in the database once they logged in, the
 * session's before. Both follow {@link BasketRules}; both accept only titles {@link HoldBasket#holdableTitle}
 * accepts.
 */
@Named("basket")
@RequestScoped
public class Basket {

    @Inject
    HttpServletRequest request;

    @Inject
    HoldBasket holdBasket;

    private List<Long> titleIds;

    /** The logged-in patron, or null for a visitor (or a staff member, whose basket is the session's). */
    public Long patronId() {
        Principal caller = request.getUserPrincipal();
        return caller == null ? null : PatronIdentityStore.patronId(caller.getName());
    }

    public List<Long> titleIds() {
        if (titleIds == null) {
            Long patron = patronId();
            titleIds = patron != null ? holdBasket.titleIds(patron) : SessionBasket.of(request.getSession(false));
        }
        return titleIds;
    }

    /** The titles with their availability now, in the order added. */
    public List<TitleSummary> titles() {
        Long patron = patronId();
        return patron != null ? holdBasket.titles(patron) : holdBasket.describe(titleIds());
    }

    /**
     * Adds the title.
     *
     * @throws RefusedException NOT_FOUND, NOT_HOLDABLE or BASKET_FULL; nothing changes then
     */
    public BasketRules.Addition add(long titleId) {
        Long patron = patronId();
        BasketRules.Addition addition;
        if (patron != null) {
            addition = holdBasket.add(patron, titleId);
        } else {
            holdBasket.holdableTitle(titleId);
            addition = BasketRules.add(titleIds(), titleId, BasketRules.LIMIT);
            if (addition == BasketRules.Addition.FULL) {
                throw new RefusedException(ErrorCode.BASKET_FULL, "The hold basket is full.");
            }
            SessionBasket.store(request.getSession(true), BasketRules.with(titleIds(), titleId, BasketRules.LIMIT));
        }
        titleIds = null;
        return addition;
    }

    /** Takes the titles out; the number taken out. */
    public int remove(Collection<Long> removed) {
        Long patron = patronId();
        int count;
        if (patron != null) {
            count = holdBasket.remove(patron, removed);
        } else {
            List<Long> before = titleIds();
            List<Long> after = BasketRules.without(before, removed);
            count = before.size() - after.size();
            if (count > 0) {
                SessionBasket.store(request.getSession(true), after);
            }
        }
        titleIds = null;
        return count;
    }

    public boolean contains(long titleId) {
        return titleIds().contains(titleId);
    }

    /** The count in the page header; a database that is down shows 0 there rather than break every page. */
    public int getCount() {
        try {
            return titleIds().size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    public int getLimit() {
        return BasketRules.LIMIT;
    }
}
