package jp.shiori.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived bearer tokens: {@code v1.<patron>.<expiry>.<HMAC-SHA256>} for patron apps and
 * {@code s1.<staff account>.<expiry>.<HMAC-SHA256>} for staff and integrator clients. The key comes from
 * {@code LIBRARY_TOKEN_SECRET} (set the same value on every instance of a cluster); without it each server
 * start makes a random key, which only logs patrons' apps out at a restart.
 */
@ApplicationScoped
public class BearerTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    /** A staff client's token lasts an hour: a desk client logs in again at most once an hour. */
    public static final Duration STAFF_LIFETIME = Duration.ofHours(1);

    private static final String VERSION = "v1";
    private static final String STAFF_VERSION = "s1";

    private final Clock clock = Clock.systemUTC();
    private byte[] key;

    @PostConstruct
    void loadKey() {
        String configured = System.getenv("LIBRARY_TOKEN_SECRET");
        if (configured != null && configured.length() >= 32) {
            key = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    public String issue(long patronId) {
        return issue(VERSION, patronId, LIFETIME);
    }

    public String issueStaff(long staffId) {
        return issue(STAFF_VERSION, staffId, STAFF_LIFETIME);
    }

    /** The patron of a valid, unexpired patron token; empty for anything else. */
    public Optional<Long> patronOf(String token) {
        return subjectOf(token, VERSION);
    }

    /** The staff account of a valid, unexpired staff token; empty for anything else (a patron token too). */
    public Optional<Long> staffOf(String token) {
        return subjectOf(token, STAFF_VERSION);
    }

    /** The token of an {@code Authorization: Bearer ...} header, or null. */
    public static String fromHeader(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).strip()
                : null;
    }

    private String issue(String version, long subject, Duration lifetime) {
        String body =
                version + "." + subject + "." + clock.instant().plus(lifetime).getEpochSecond();
        return body + "." + sign(body);
    }

    private Optional<Long> subjectOf(String token, String version) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 4
                || !parts[0].equals(version)
                || !parts[1].matches("\\d{1,18}")
                || !parts[2].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        boolean authentic = MessageDigest.isEqual(
                sign(body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII));
        boolean current = Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(clock.instant());
        return authentic && current ? Optional.of(Long.valueOf(parts[1])) : Optional.empty();
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
