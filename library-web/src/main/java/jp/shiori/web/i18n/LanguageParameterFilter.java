package jp.shiori.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Any page takes {@code ?lang=ja|en}; the choice sticks for the session. */
@WebFilter(filterName = "LanguageParameterFilter", urlPatterns = "*.xhtml")
public class LanguageParameterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSelection language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang != null) {
            language.choose(lang);
        }
        chain.doFilter(request, response);
    }
}
