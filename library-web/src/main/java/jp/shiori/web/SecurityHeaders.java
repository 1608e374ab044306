package jp.shiori.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers every response carries: no framing by other sites (clickjacking), no plugins, forms posting only here,
 * scripts only from this site (and on a screen only those carrying the page's nonce), no MIME sniffing, no referrer
 * to other sites, and no server or framework name. A screen's policy is written by PrimeFaces' CSP support
 * ({@code primefaces.CSP} in web.xml, whose {@code primefaces.CSP_POLICY} is {@link #POLICY}), which adds the nonce
 * of the page: it replaces the one set here, so a response never carries two policies.
 */
// Also on error and forward dispatches: an error page is a screen whose nonce policy must replace the one above.
@WebFilter(
        filterName = "SecurityHeaders",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** Also in web.xml as primefaces.CSP_POLICY: PrimeFaces appends {@code 'nonce-…'} to its last directive. */
    static final String POLICY =
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A policy added later (PrimeFaces' with the nonce) replaces the one above; no X-Powered-By leaves. */
    static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else if (!"X-Powered-By".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"X-Powered-By".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }
    }
}
