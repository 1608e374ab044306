package jp.shiori.web.holds;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;

/**
 * A visitor's hold basket before login: the title ids in the HTTP session, in the order added. At login
 * {@link BasketLogin} moves them into the patron's basket in the database and empties this one.
 */
final class SessionBasket {

    /** Session attribute holding an {@code ArrayList<Long>} (serialisable, for session replication). */
    static final String ATTRIBUTE = "shiori.holdBasket";

    private SessionBasket() {}

    static List<Long> of(HttpSession session) {
        Object stored = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (stored instanceof List<?> list) {
            return list.stream()
                    .filter(Long.class::isInstance)
                    .map(Long.class::cast)
                    .toList();
        }
        return List.of();
    }

    static void store(HttpSession session, List<Long> titleIds) {
        if (titleIds.isEmpty()) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            session.setAttribute(ATTRIBUTE, new ArrayList<>(titleIds));
        }
    }
}
