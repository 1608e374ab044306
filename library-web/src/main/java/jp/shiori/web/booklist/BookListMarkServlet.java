package jp.shiori.web.booklist;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.booklist.EntryView;
import jp.shiori.common.RefusedException;
import jp.shiori.web.holds.BasketServlet;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * 〔読了〕〔読みたい本〕〔ブックリストに登録〕 of result rows and title pages: a plain form post (so it works without
 * JavaScript) back to the page it came from with a notice, or — asked by the page's script with
 * {@code Accept: application/json} — the new state as JSON. Under /my/, so only a logged-in patron gets here.
 */
@WebServlet(name = "BookListMarkServlet", urlPatterns = "/my/booklist/mark")
public class BookListMarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BookListAccess access;

    @Inject
    transient BookList bookList;

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!BasketServlet.sameSite(request) || !access.isOffered()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = language.getLocale();
        boolean json = String.valueOf(request.getHeader("Accept")).contains("application/json");
        String text;
        boolean problem = false;
        EntryStatus status = null;
        try {
            long titleId =
                    Long.parseLong(String.valueOf(request.getParameter("title")).strip());
            EntryView entry = bookList.mark(access.patronId(), titleId, status(request.getParameter("status")));
            status = entry.status();
            text = Messages.get(locale, "booklist.mark.done." + entry.status().name(), entry.title());
        } catch (NumberFormatException e) {
            text = Messages.get(locale, "booklist.refusal.not-found");
            problem = true;
        } catch (RefusedException e) {
            text = BookListFaces.refusal(locale, e);
            problem = true;
        }
        if (json) {
            response.setStatus(problem ? 422 : 200);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var body = Json.createObjectBuilder().add("text", text).add("problem", problem);
            if (status != null) {
                body.add("status", status.name()).add("state", Messages.get(locale, "booklist.mark.state." + status));
            }
            response.getWriter().write(body.build().toString());
            return;
        }
        BookListNotice.leave(request.getSession(true), text, problem);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request));
    }

    private static EntryStatus status(String text) {
        try {
            return text == null ? EntryStatus.NONE : EntryStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return EntryStatus.NONE;
        }
    }

    /** The page to go back to: a page of this site, otherwise the book list. */
    private static String back(HttpServletRequest request) {
        String back = request.getParameter("back");
        String prefix = request.getContextPath() + "/";
        boolean local = back != null
                && back.startsWith(prefix)
                && !back.startsWith("//")
                && !back.contains("\\")
                && back.chars().noneMatch(c -> c < 0x20);
        return local ? back : request.getContextPath() + "/my/booklist/";
    }
}
