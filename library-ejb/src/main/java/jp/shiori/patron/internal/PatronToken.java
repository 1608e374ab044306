package jp.shiori.patron.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A single-use link mailed to a patron (e-mail verification, password reset). Only the SHA-256 of the
 * token is stored: a copy of the database does not contain working links.
 */
@Entity
@Table(name = "patron_token")
@NamedQuery(
        name = PatronToken.BY_HASH,
        query = "select t from PatronToken t join fetch t.patron where t.tokenHash = :hash")
public class PatronToken {

    static final String BY_HASH = "PatronToken.byHash";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link is for, and how long it lives. */
    public enum Purpose {
        EMAIL(Duration.ofHours(24)),
        PASSWORD_RESET(Duration.ofMinutes(30));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patron_id", nullable = false)
    private Patron patron;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "new_email", length = 254)
    private String newEmail;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PatronToken() {
        // for JPA
    }

    private PatronToken(Patron patron, Purpose purpose, String tokenHash, String newEmail, Instant now) {
        this.patron = Objects.requireNonNull(patron, "patron");
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime);
    }

    /** A new link: the token to mail, and the row that remembers only its hash. */
    record Issued(String token, PatronToken row) {}

    static Issued issue(Patron patron, Purpose purpose, String newEmail, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, new PatronToken(patron, purpose, hash(token), newEmail, now));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uses the link once: false when it is for something else, used already or expired. */
    boolean use(Purpose expected, Instant now) {
        if (purpose != expected || usedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    Patron patron() {
        return patron;
    }

    String newEmail() {
        return newEmail;
    }

    static Duration lifetime(Purpose purpose) {
        return purpose.lifetime;
    }
}
