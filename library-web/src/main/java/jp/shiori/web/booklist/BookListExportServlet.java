package jp.shiori.web.booklist;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.EntryView;
import jp.shiori.web.i18n.LanguageSelection;

/** CSVダウンロード: the whole book list of the logged-in patron (under /my/, so a login comes first). */
@WebServlet(name = "BookListExportServlet", urlPatterns = "/my/booklist/export")
public class BookListExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BookListAccess access;

    @Inject
    transient BookList bookList;

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!access.isOffered()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!access.isStarted()) {
            response.sendRedirect(request.getContextPath() + "/my/booklist/start.xhtml");
            return;
        }
        List<EntryView> entries = bookList.all(access.patronId());
        response.setContentType(BookListCsv.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + BookListCsv.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        BookListCsv.write(entries, language.getLocale(), out);
        out.flush();
    }
}
