package jp.shiori.booklist.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import jp.shiori.booklist.BookListProfile;
import jp.shiori.booklist.BookListRules;

/**
 * The patron's book list itself: nickname, the terms version accepted and 自動登録 with the moment it was turned on.
 * The patron is another aggregate, referenced by id (the row goes when the patron goes).
 */
@Entity
@Table(name = "booklist_profile")
@NamedQuery(
        name = BookListOwner.BY_NICKNAME_KEY,
        query = "select o.patronId from BookListOwner o where o.nicknameKey = :key")
public class BookListOwner {

    static final String BY_NICKNAME_KEY = "BookListOwner.byNicknameKey";

    @Id
    @Column(name = "patron_id")
    private long patronId;

    @Column(nullable = false, length = 80)
    private String nickname;

    @Column(name = "nickname_key", nullable = false, length = 160)
    private String nicknameKey;

    @Column(name = "terms_version", nullable = false)
    private int termsVersion;

    @Column(name = "terms_accepted_at", nullable = false)
    private OffsetDateTime termsAcceptedAt;

    @Column(name = "auto_register", nullable = false)
    private boolean autoRegister;

    @Column(name = "auto_register_since")
    private OffsetDateTime autoRegisterSince;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected BookListOwner() {
        // for JPA
    }

    /** The first use; the nickname must be valid (BookListRules) and 自動登録 starts off. */
    BookListOwner(long patronId, String nickname, int termsVersion, Instant now) {
        this.patronId = patronId;
        this.createdAt = Instants.column(Objects.requireNonNull(now, "now"));
        rename(nickname);
        acceptTerms(termsVersion, now);
    }

    void rename(String nickname) {
        if (BookListRules.nicknameProblem(nickname).isPresent()) {
            throw new IllegalArgumentException("not a valid nickname");
        }
        this.nickname = nickname;
        this.nicknameKey = BookListRules.nicknameKey(nickname);
    }

    void acceptTerms(int version, Instant now) {
        this.termsVersion = version;
        this.termsAcceptedAt = Instants.column(now);
    }

    /** Turning it on again moves the boundary: loans made while it was off stay out. */
    void autoRegister(boolean on, Instant now) {
        if (on && !autoRegister) {
            autoRegisterSince = Instants.column(now);
        } else if (!on) {
            autoRegisterSince = null;
        }
        autoRegister = on;
    }

    boolean started() {
        return !BookListRules.termsNeeded(termsVersion);
    }

    long patronId() {
        return patronId;
    }

    boolean autoRegister() {
        return autoRegister;
    }

    Instant autoRegisterSince() {
        return Instants.of(autoRegisterSince);
    }

    BookListProfile view() {
        return new BookListProfile(nickname, termsVersion, started(), autoRegister, autoRegisterSince());
    }
}
