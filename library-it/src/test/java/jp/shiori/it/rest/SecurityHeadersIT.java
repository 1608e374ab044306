package jp.shiori.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every response tells a stranger: no server or framework name or version (headers and error pages), one
 * Content Security Policy whose script-src carries a fresh nonce on each screen, and a session cookie that scripts
 * cannot read, that other sites' posts do not carry, and that is Secure over HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT extends ShioriDeployment {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");
    private static final List<String> NAMES = List.of("payara", "glassfish", "grizzly", "mojarra", "jsf/", "servlet/");

    @ArquillianResource
    URL deploymentUrl;

    /** One exchange: status, headers and body, redirects not followed. */
    private record Exchange(int status, Map<String, List<String>> headers, String body) {
        List<String> all(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }
    }

    private Exchange exchange(URI uri, String method) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(trustingTheTestCertificate());
            https.setHostnameVerifier((host, session) -> true);
        }
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(method);
        connection.setRequestProperty("Accept", "text/html,application/json");
        int status = connection.getResponseCode();
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Exchange(status, connection.getHeaderFields(), body);
    }

    private Exchange get(String path) throws IOException {
        return exchange(baseUri(deploymentUrl).resolve(path), "GET");
    }

    private static void namesNoServer(Exchange exchange, String what) {
        assertEquals(List.of(), exchange.all("Server"), what + ": Server header");
        assertEquals(List.of(), exchange.all("X-Powered-By"), what + ": X-Powered-By header");
        String body = exchange.body().toLowerCase(java.util.Locale.ROOT);
        for (String name : NAMES) {
            assertFalse(body.contains(name), what + " names '" + name + "':\n" + exchange.body());
        }
    }

    @Test
    void aScreenHasOnePolicyWithAFreshNonceForItsScripts() throws IOException {
        Exchange first = get("");
        Exchange second = get("");

        assertEquals(200, first.status());
        namesNoServer(first, "the top page");
        List<String> policies = first.all("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(first.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertFalse(first.body().contains(" onclick=\""), "no inline handler is left in the markup");
        Matcher again = NONCE.matcher(second.all("Content-Security-Policy").get(0));
        assertTrue(again.find());
        assertFalse(nonce.group(1).equals(again.group(1)), "each page has its own nonce");
    }

    @Test
    void theApiAndItsErrorsNameNoServer() throws IOException {
        Exchange branches = get("api/v1/branches");
        Exchange unknown = get("api/v1/no-such-thing");

        assertEquals(200, branches.status());
        namesNoServer(branches, "GET /api/v1/branches");
        assertEquals(
                List.of("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self';"
                        + " script-src 'self'"),
                branches.all("Content-Security-Policy"));
        assertEquals(List.of("nosniff"), branches.all("X-Content-Type-Options"));
        assertEquals(List.of("same-origin"), branches.all("Referrer-Policy"));
        assertEquals(List.of("DENY"), branches.all("X-Frame-Options"));
        assertEquals(404, unknown.status());
        namesNoServer(unknown, "an unknown API path");
    }

    @Test
    void errorPagesAreTheLibrarysOwn() throws IOException {
        Exchange missing = get("no-such-page.xhtml");
        Exchange wrongMethod = exchange(baseUri(deploymentUrl).resolve("favicon.ico"), "DELETE");
        Exchange staffOnly = get("staff/jobs.xhtml");

        assertEquals(404, missing.status());
        namesNoServer(missing, "a missing page");
        assertTrue(wrongMethod.status() >= 400 && wrongMethod.status() < 500, "DELETE: " + wrongMethod.status());
        namesNoServer(wrongMethod, "a DELETE of a file");
        namesNoServer(staffOnly, "a staff page without login");
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
        Exchange plain = get("login.xhtml");
        URI https = new URI("https", null, "localhost", 8181, "/login.xhtml", null, null);
        Exchange secure = exchange(https, "GET");

        String cookie = sessionCookie(plain).toLowerCase(java.util.Locale.ROOT);
        assertTrue(cookie.contains("; httponly"), cookie);
        assertTrue(cookie.contains("; samesite=lax"), cookie);
        assertFalse(cookie.contains("; secure"), "not Secure over plain HTTP (the browser would drop it): " + cookie);
        String secureCookie = sessionCookie(secure).toLowerCase(java.util.Locale.ROOT);
        assertTrue(secureCookie.contains("; httponly") && secureCookie.contains("; samesite=lax"), secureCookie);
        assertTrue(secureCookie.contains("; secure"), secureCookie);
        namesNoServer(secure, "the login page over HTTPS");
    }

    private static String sessionCookie(Exchange exchange) {
        return exchange.all("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + exchange.headers()));
    }

    /** The test domain's self-signed certificate, for this test's connections only. */
    private static javax.net.ssl.SSLSocketFactory trustingTheTestCertificate() throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    null);
            return context.getSocketFactory();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
