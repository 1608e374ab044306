package jp.shiori.staff.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import jp.shiori.common.LoginThrottle;
import jp.shiori.common.internal.LoginState;
import jp.shiori.common.internal.Passwords;
import jp.shiori.staff.StaffMember;
import jp.shiori.staff.StaffRole;

/** 職員アカウント: a staff login with its roles and the state of its logins. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "select s from StaffAccount s where s.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "select s from StaffAccount s order by s.username")
public class StaffAccount {

    static final String BY_USERNAME = "StaffAccount.byUsername";
    static final String ALL = "StaffAccount.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "staff_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<StaffRole> roles = new HashSet<>();

    @Embedded
    private LoginState login = new LoginState();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    StaffAccount(String username, String displayName, Set<StaffRole> roles, String passwordHash, Instant now) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.roles = new HashSet<>(roles);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    /**
     * A login with this account: a locked or deactivated account is refused without looking at the
     * password; a wrong password counts towards the lock; a right one clears the count and upgrades an
     * outdated hash.
     */
    boolean login(String password, Passwords passwords, Instant now, LoginThrottle.Policy policy) {
        LoginThrottle throttle = login.throttle();
        if (throttle.isLocked(now) || !active) {
            passwords.matches(password, null); // as long as a real check
            return false;
        }
        if (!passwords.matches(password, passwordHash)) {
            login.remember(throttle.afterFailure(now, policy));
            return false;
        }
        login.remember(throttle.afterSuccess());
        if (passwords.outdated(passwordHash)) {
            setPasswordHash(passwords.hash(password), now);
        }
        return true;
    }

    boolean lockedAt(Instant now) {
        return login.lockedAt(now);
    }

    void setPasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        login.remember(LoginThrottle.CLEAR);
        this.updatedAt = now;
    }

    void update(Set<StaffRole> roles, boolean active, Instant now) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.active = active;
        this.updatedAt = now;
    }

    StaffMember member() {
        return new StaffMember(
                id,
                username,
                displayName,
                roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles),
                active,
                createdAt);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }
}
