package jp.shiori.web.sru;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.shiori.catalog.CatalogSearch;

/**
 * {@code /sru}: SRU 1.2 by HTTP GET, or POST with form-encoded parameters. Always 200 with an XML
 * response; problems are SRU diagnostics in it, as SRU clients expect.
 */
@WebServlet(name = "SruServlet", urlPatterns = "/sru")
public class SruServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    @Inject
    CatalogSearch catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = new SruProtocol(catalog)
                .respond(request.getParameterMap(), request.getServerName(), request.getServerPort());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
