package jp.shiori.web.holds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.BasketRules;
import jp.shiori.holds.HoldBasket;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;

/**
 * 予約かごに追加: the button of result rows and title pages posts here (a plain form, so it works inside the
 * bookmarkable GET result list and without JavaScript). The visitor goes back to the page the button was on, where
 * {@link BasketNotice} says what happened. Posts from other sites are refused (Origin, or else Referer, must be this
 * site or {@code LIBRARY_PUBLIC_URL}).
 */
@WebServlet(name = "BasketServlet", urlPatterns = BasketServlet.PATH)
public class BasketServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/basket/add";

    @Inject
    Basket basket;

    @Inject
    HoldBasket holdBasket;

    @Inject
    LanguageSelection language;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale locale = language.getLocale();
        String back = back(request);
        String text;
        boolean problem = false;
        try {
            long titleId = Long.parseLong(
                    request.getParameter("title") == null
                            ? ""
                            : request.getParameter("title").strip());
            BasketRules.Addition addition = basket.add(titleId);
            String name = holdBasket.describe(List.of(titleId)).stream()
                    .map(TitleSummary::title)
                    .findFirst()
                    .orElse("");
            text = addition == BasketRules.Addition.ADDED
                    ? Messages.get(locale, "basket.added", name, basket.getCount())
                    : Messages.get(locale, "basket.alreadyIn", name);
        } catch (NumberFormatException e) {
            text = Messages.get(locale, "basket.refused.bad-request");
            problem = true;
        } catch (RefusedException e) {
            text = e.code() == ErrorCode.BASKET_FULL
                    ? Messages.get(locale, "basket.refused.basket-full", BasketRules.LIMIT)
                    : Messages.getOr(locale, "basket.refused." + e.code().code(), e.getMessage());
            problem = true;
        }
        BasketNotice.leave(request.getSession(true), text, problem);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back);
    }

    /** The page to go back to: a page of this site, otherwise the basket. */
    static String back(HttpServletRequest request) {
        String back = request.getParameter("back");
        String prefix = request.getContextPath() + "/";
        boolean local = back != null
                && back.startsWith(prefix)
                && !back.startsWith("//")
                && !back.contains("\\")
                && back.chars().noneMatch(c -> c < 0x20);
        return local ? back : request.getContextPath() + "/basket.xhtml";
    }

    /** Whether the post comes from a page of this site (the browser's Origin, or else its Referer). */
    public static boolean sameSite(HttpServletRequest request) {
        String from = request.getHeader("Origin");
        if (from == null || from.equals("null")) {
            from = request.getHeader("Referer");
        }
        if (from == null) {
            return true; // a browser that sends neither: nothing to compare, and adding to a basket harms nobody
        }
        try {
            URI origin = URI.create(from);
            String host = request.getHeader("Host");
            String authority = origin.getPort() < 0 ? origin.getHost() : origin.getHost() + ":" + origin.getPort();
            if (host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(origin.getRawAuthority()))) {
                return true;
            }
            // behind a proxy that rewrites Host: the site's public address (LIBRARY_PUBLIC_URL) counts as this site
            String configured = System.getenv("LIBRARY_PUBLIC_URL");
            String published = configured == null || configured.isBlank()
                    ? null
                    : URI.create(configured).getRawAuthority();
            return published != null && published.equalsIgnoreCase(origin.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
