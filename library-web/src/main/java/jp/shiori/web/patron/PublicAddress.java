package jp.shiori.web.patron;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where mailed links point: {@code LIBRARY_PUBLIC_URL} (set it in production, so a forged Host header
 * cannot send reset links elsewhere), otherwise the address the request came to.
 */
public final class PublicAddress {

    private PublicAddress() {}

    public static String of(HttpServletRequest request) {
        String configured = System.getenv("LIBRARY_PUBLIC_URL");
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured : configured + "/";
        }
        String base = request.getRequestURL().toString();
        return base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }
}
