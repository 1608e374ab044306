package jp.shiori.web.holds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BasketServletTest {

    /** A request with these headers and parameters, at the root context. */
    private static HttpServletRequest request(Map<String, String> headers, Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                BasketServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getContextPath" -> "";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String back(String value) {
        return BasketServlet.back(request(Map.of(), value == null ? Map.of() : Map.of("back", value)));
    }

    @Test
    void theVisitorGoesBackToThePageOfThisSiteTheButtonWasOn() {
        assertEquals("/search.xhtml?q=%E9%8A%80%E6%B2%B3&page=2", back("/search.xhtml?q=%E9%8A%80%E6%B2%B3&page=2"));
        assertEquals("/title.xhtml?id=12", back("/title.xhtml?id=12"));
    }

    @Test
    void anyOtherPlaceToGoBackToLeadsToTheBasketInstead() {
        assertEquals("/basket.xhtml", back(null));
        assertEquals("/basket.xhtml", back("https://evil.example/"));
        assertEquals("/basket.xhtml", back("//evil.example/"));
        assertEquals("/basket.xhtml", back("/\\evil.example"));
        assertEquals("/basket.xhtml", back("/search.xhtml\r\nSet-Cookie: x=y"));
    }

    @Test
    void postsFromPagesOfThisSiteAreAccepted() {
        assertTrue(BasketServlet.sameSite(
                request(Map.of("Host", "localhost:8080", "Origin", "http://localhost:8080"), Map.of())));
        assertTrue(BasketServlet.sameSite(
                request(Map.of("Host", "opac.example.jp", "Origin", "https://opac.example.jp"), Map.of())));
        assertTrue(BasketServlet.sameSite(request(
                Map.of("Host", "localhost:8080", "Referer", "http://localhost:8080/search.xhtml?q=x"), Map.of())));
    }

    @Test
    void postsFromOtherSitesAreRefused() {
        assertFalse(BasketServlet.sameSite(
                request(Map.of("Host", "localhost:8080", "Origin", "https://evil.example"), Map.of())));
        assertFalse(BasketServlet.sameSite(
                request(Map.of("Host", "localhost:8080", "Referer", "https://evil.example/page"), Map.of())));
        assertFalse(BasketServlet.sameSite(
                request(Map.of("Host", "localhost:8080", "Origin", "http://localhost:9090"), Map.of())));
    }
}
