package jp.shiori.common.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;

/**
 * Jakarta Security's PBKDF2 with HMAC-SHA256, 600,000 iterations (OWASP 2023), 32-byte salt and key. The
 * stored form names its own parameters, so hashes made with fewer iterations are recognised and
 * re-hashed at the next successful login.
 */
@ApplicationScoped
public class Pbkdf2Passwords implements Passwords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                ALGORITHM,
                "Pbkdf2PasswordHash.Iterations",
                Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes",
                "32",
                "Pbkdf2PasswordHash.KeySizeBytes",
                "32"));
        decoy = pbkdf2.generate(UUID.randomUUID().toString().toCharArray());
    }

    @Override
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        char[] typed = (password == null ? "" : password).toCharArray();
        boolean matches = pbkdf2.verify(typed, hash == null ? decoy : hash);
        return hash != null && matches;
    }

    @Override
    public boolean outdated(String hash) {
        // Stored form: ALGORITHM:ITERATIONS:SALT:HASH
        String[] parts = hash.split(":");
        return parts.length != 4 || !parts[0].equals(ALGORITHM) || Integer.parseInt(parts[1]) < ITERATIONS;
    }
}
