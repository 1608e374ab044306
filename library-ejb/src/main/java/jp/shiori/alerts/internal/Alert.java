package jp.shiori.alerts.internal;

import jakarta.persistence.Column;
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
import java.util.Objects;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.alerts.AlertDraft;
import jp.shiori.alerts.AlertView;
import jp.shiori.catalog.MaterialType;

/** 新着案内: one patron's saved conditions with the mail title they chose; paused alerts are not mailed. */
@Entity
@Table(name = "new_arrival_alert")
@NamedQuery(name = Alert.OF_PATRON, query = "select a from Alert a where a.patronId = :patronId order by a.id")
@NamedQuery(name = Alert.COUNT_OF_PATRON, query = "select count(a) from Alert a where a.patronId = :patronId")
@NamedQuery(
        name = Alert.ACTIVE_AFTER,
        query = "select a.id from Alert a where a.active = true and a.id > :after order by a.id")
@NamedQuery(name = Alert.ACTIVE_COUNT, query = "select count(a) from Alert a where a.active = true")
@NamedQuery(name = Alert.BY_IDS, query = "select a from Alert a where a.id in :ids order by a.id")
@NamedQuery(name = Alert.BY_FEED, query = "select a from Alert a where a.feedToken = :token")
public class Alert {

    static final String OF_PATRON = "Alert.ofPatron";
    static final String COUNT_OF_PATRON = "Alert.countOfPatron";
    static final String ACTIVE_AFTER = "Alert.activeAfter";
    static final String ACTIVE_COUNT = "Alert.activeCount";
    static final String BY_IDS = "Alert.byIds";
    static final String BY_FEED = "Alert.byFeed";
    static final String FEED_PATH = "api/v1/feeds/alerts/";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    @Column(name = "mail_title", nullable = false, length = 100)
    private String mailTitle;

    @Column(length = 200)
    private String keywords;

    @Column(length = 200)
    private String title;

    @Column(length = 200)
    private String author;

    @Column(length = 200)
    private String publisher;

    @Column(length = 200)
    private String subject;

    @Column(length = 16)
    private String ndc;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_type", length = 16)
    private MaterialType materialType;

    @Column(name = "branch_code", length = 32)
    private String branchCode;

    @Column(length = 3)
    private String language;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "feed_token", nullable = false, length = 64)
    private String feedToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Alert() {
        // for JPA
    }

    /** A new alert, active; the draft was checked by the rules. */
    Alert(long patronId, AlertDraft draft, String feedToken, Instant now) {
        this.patronId = patronId;
        this.active = true;
        this.feedToken = Objects.requireNonNull(feedToken, "feedToken");
        this.createdAt = now;
        change(draft, now);
    }

    final void change(AlertDraft draft, Instant now) {
        AlertConditions c = draft.conditions();
        this.mailTitle = Objects.requireNonNull(draft.mailTitle(), "mailTitle");
        this.keywords = c.keywords();
        this.title = c.title();
        this.author = c.author();
        this.publisher = c.publisher();
        this.subject = c.subject();
        this.ndc = c.ndc();
        this.materialType = c.materialType();
        this.branchCode = c.branchCode();
        this.language = c.language();
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    void renewFeed(String token, Instant now) {
        this.feedToken = Objects.requireNonNull(token, "token");
        this.updatedAt = now;
    }

    AlertConditions conditions() {
        return new AlertConditions(
                keywords, title, author, publisher, subject, ndc, materialType, branchCode, language);
    }

    AlertView view() {
        return new AlertView(id, mailTitle, conditions(), active, createdAt, FEED_PATH + feedToken);
    }

    long id() {
        return id;
    }

    long patronId() {
        return patronId;
    }

    String mailTitle() {
        return mailTitle;
    }

    boolean active() {
        return active;
    }

    Instant createdAt() {
        return createdAt;
    }
}
