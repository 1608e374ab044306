package jp.shiori.web.holds;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import jp.shiori.holds.BasketRules;

/**
 * What the last basket action said (added, already there, refused), shown once on the page the visitor comes back
 * to after the redirect (post-redirect-get), as a status or, for a refusal, an alert.
 */
@Named
@RequestScoped
public class BasketNotice {

    static final String ATTRIBUTE = "shiori.basketNotice";
    static final String MERGE_ATTRIBUTE = "shiori.basketMerge";

    /** A notice waiting in the session for the next page. */
    record Pending(String text, boolean problem) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A login merge that left titles out, waiting for the basket page. */
    record LeftOut(int overLimit, int notHoldable) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    HttpServletRequest request;

    private Pending pending;

    /** Takes the waiting notice: it is shown once. */
    @PostConstruct
    void take() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Pending waiting) {
            session.removeAttribute(ATTRIBUTE);
            pending = waiting;
        }
    }

    static void leave(HttpSession session, String text, boolean problem) {
        session.setAttribute(ATTRIBUTE, new Pending(text, problem));
    }

    static void leaveForBasketPage(HttpSession session, BasketRules.Merge merge) {
        session.setAttribute(
                MERGE_ATTRIBUTE,
                new LeftOut(merge.overLimit().size(), merge.notHoldable().size()));
    }

    /** The merge note for the basket page, taken once; null when there is none. */
    static LeftOut takeMergeNote(HttpSession session) {
        if (session != null && session.getAttribute(MERGE_ATTRIBUTE) instanceof LeftOut note) {
            session.removeAttribute(MERGE_ATTRIBUTE);
            return note;
        }
        return null;
    }

    public String getText() {
        return pending == null ? null : pending.text();
    }

    public boolean isProblem() {
        return pending != null && pending.problem();
    }
}
