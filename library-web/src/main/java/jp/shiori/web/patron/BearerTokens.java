package jp.shiori.web.patron;

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
 * Short-lived bearer tokens for patron apps: {@code v1.<patron>.<expiry>.<HMAC-SHA256>}. The key comes from
 * {@code LIBRARY_TOKEN_SECRET} (set the same value on every instance of a cluster); without it each server
 * start makes a random key, which only logs patrons' apps out at a restart.
 */
@ApplicationScoped
public class BearerTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String VERSION = "v1";

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
        String body = VERSION + "." + patronId + "." + clock.instant().plus(LIFETIME).getEpochSecond();
        return body + "." + sign(body);
    }

    /** The patron of a valid, unexpired token; empty for anything else. */
    public Optional<Long> patronOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 4 || !parts[0].equals(VERSION) || !parts[1].matches("\\d{1,18}") || !parts[2].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        boolean authentic = MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII));
        boolean current = Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(clock.instant());
        return authentic && current ? Optional.of(Long.valueOf(parts[1])) : Optional.empty();
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
