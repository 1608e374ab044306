package jp.shiori.patron.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import jp.shiori.common.LoginThrottle;
import jp.shiori.common.internal.LoginState;
import jp.shiori.common.internal.Passwords;
import jp.shiori.patron.CardNumber;
import jp.shiori.patron.CardStanding;
import jp.shiori.patron.LoginOutcome.Result;
import jp.shiori.patron.PatronCategory;

/** 利用者: a registered patron with the card, the web-service password and the state of their logins. */
@Entity
@Table(name = "patron")
@NamedQuery(name = Patron.BY_CARD, query = "select p from Patron p where p.cardNumber = :card")
@NamedQuery(name = Patron.BY_IDS, query = "select p from Patron p where p.id in :ids")
@NamedQuery(
        name = Patron.RENEWING_BETWEEN,
        query = "select p.id from Patron p where p.cardRenewalDate >= :from"
                + " and p.cardRenewalDate <= :to and p.id > :after order by p.id")
@NamedQuery(
        name = Patron.COUNT_RENEWING_BETWEEN,
        query = "select count(p) from Patron p" + " where p.cardRenewalDate >= :from and p.cardRenewalDate <= :to")
public class Patron {

    static final String BY_CARD = "Patron.byCard";
    static final String RENEWING_BETWEEN = "Patron.renewingBetween";
    static final String COUNT_RENEWING_BETWEEN = "Patron.countRenewingBetween";

    static final String BY_IDS = "Patron.byIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_number", nullable = false, unique = true, length = 20)
    private String cardNumber;

    @Column(name = "legacy_card", nullable = false)
    private boolean legacyCard;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_kana", length = 200)
    private String nameKana;

    @Column(length = 500)
    private String address;

    @Column(length = 32)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PatronCategory category;

    @Column(name = "card_renewal_date", nullable = false)
    private LocalDate cardRenewalDate;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Embedded
    private LoginState login = new LoginState();

    @Column(nullable = false)
    private boolean blocked;

    @Column(name = "block_reason", length = 500)
    private String blockReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Patron() {
        // for JPA
    }

    public Patron(
            CardNumber card,
            boolean legacyCard,
            String name,
            PatronCategory category,
            LocalDate cardRenewalDate,
            Instant now) {
        this.cardNumber = Objects.requireNonNull(card, "card").digits();
        this.legacyCard = legacyCard;
        this.name = Objects.requireNonNull(name, "name");
        this.category = Objects.requireNonNull(category, "category");
        this.cardRenewalDate = Objects.requireNonNull(cardRenewalDate, "cardRenewalDate");
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    void describe(String nameKana, String address, String phone, String email) {
        this.nameKana = nameKana;
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.emailVerified = false;
    }

    void setPasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.updatedAt = now;
    }

    /**
     * A login with this card: a locked card is refused without looking at the password; a card without a
     * password sends the patron to the counter; a wrong password counts towards the lock; a right password
     * on a card past its renewal date is refused with that reason (only a patron who knows the password
     * learns it).
     */
    Result login(String password, Passwords passwords, Instant now, LocalDate today, LoginThrottle.Policy policy) {
        LoginThrottle throttle = login.throttle();
        if (throttle.isLocked(now)) {
            return Result.REFUSED;
        }
        if (passwordHash == null) {
            return Result.NO_PASSWORD;
        }
        if (!passwords.matches(password, passwordHash)) {
            login.remember(throttle.afterFailure(now, policy));
            return Result.REFUSED;
        }
        login.remember(throttle.afterSuccess());
        if (CardStanding.of(cardRenewalDate, today) == CardStanding.EXPIRED) {
            return Result.CARD_EXPIRED;
        }
        if (passwords.outdated(passwordHash)) {
            setPasswordHash(passwords.hash(password), now);
        }
        return Result.ACCEPTED;
    }

    /** 利用者情報の変更 at the counter; a new e-mail address is unverified until the patron follows the link. */
    void change(
            String name,
            String nameKana,
            String address,
            String phone,
            String email,
            PatronCategory category,
            Instant now) {
        boolean sameAddress = email != null && email.equalsIgnoreCase(this.email);
        this.name = Objects.requireNonNull(name, "name");
        this.nameKana = nameKana;
        this.address = address;
        this.phone = phone;
        this.emailVerified = sameAddress && emailVerified;
        this.email = email;
        this.category = Objects.requireNonNull(category, "category");
        this.updatedAt = now;
    }

    void renewCard(LocalDate until, Instant now) {
        this.cardRenewalDate = Objects.requireNonNull(until, "until");
        this.updatedAt = now;
    }

    void block(String reason, Instant now) {
        this.blocked = true;
        this.blockReason = reason;
        this.updatedAt = now;
    }

    void unblock(Instant now) {
        this.blocked = false;
        this.blockReason = null;
        this.updatedAt = now;
    }

    /** A password set at the counter also lifts a lock: the patron is standing there with the card. */
    void setPasswordAtCounter(String hash, Instant now) {
        setPasswordHash(hash, now);
        login.remember(LoginThrottle.CLEAR);
    }

    /** The address becomes the patron's once its verification link was followed. */
    void verifiedEmail(String address, Instant now) {
        this.email = address;
        this.emailVerified = true;
        this.updatedAt = now;
    }

    /** A reset by mail goes only to an address the patron verified. */
    boolean hasVerifiedEmail(String address) {
        return emailVerified && email != null && address != null && email.equalsIgnoreCase(address.strip());
    }

    boolean passwordMatches(String password, Passwords passwords) {
        return passwordHash != null && passwords.matches(password, passwordHash);
    }

    boolean lockedAt(Instant now) {
        return login.lockedAt(now);
    }

    public Long id() {
        return id;
    }

    public CardNumber card() {
        return new CardNumber(cardNumber);
    }

    public boolean legacyCard() {
        return legacyCard;
    }

    public String name() {
        return name;
    }

    public String nameKana() {
        return nameKana;
    }

    public String email() {
        return email;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public PatronCategory category() {
        return category;
    }

    public LocalDate cardRenewalDate() {
        return cardRenewalDate;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    /** 利用停止: staff stopped the account; the desk lends nothing and renewals are refused. */
    public boolean blocked() {
        return blocked;
    }

    public String blockReason() {
        return blockReason;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    long version() {
        return version;
    }
}
