package jp.shiori.web.booklist;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/** What the last 〔読了〕〔読みたい本〕〔ブックリストに登録〕 said, shown once on the page the patron comes back to. */
@Named
@RequestScoped
public class BookListNotice {

    static final String ATTRIBUTE = "shiori.bookListNotice";

    record Pending(String text, boolean problem) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    HttpServletRequest request;

    private Pending pending;

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

    public String getText() {
        return pending == null ? null : pending.text();
    }

    public boolean isProblem() {
        return pending != null && pending.problem();
    }
}
