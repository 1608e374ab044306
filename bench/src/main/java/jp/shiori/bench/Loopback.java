package jp.shiori.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The load drivers only ever talk to this machine: a benchmark pointed at someone else's server by a
 * typo would be a denial of service.
 */
final class Loopback {

    private static final Set<String> HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private Loopback() {
    }

    /** The base URL without a trailing slash, or an exception naming why it is refused. */
    static URI requireLoopback(String base) {
        URI uri;
        try {
            uri = new URI(base.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + base);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http(s) URLs are allowed: " + base);
        }
        String host = uri.getHost();
        if (host == null || !HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "refusing " + base + ": the benchmark only runs against localhost, 127.0.0.1 or ::1");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the base URL takes no user, query or fragment: " + base);
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }
}
