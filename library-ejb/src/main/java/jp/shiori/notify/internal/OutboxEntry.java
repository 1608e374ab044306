package jp.shiori.notify.internal;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.notify.OutboxMail;
import jp.shiori.notify.OutboxState;

/**
 * One mail of the outbox (table mail_outbox). Subject and body are rendered when the mail is written, so a
 * later change of a template never alters mail already queued.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(
        name = OutboxEntry.DUE,
        query = "select m.id from OutboxEntry m where m.state = jp.shiori.notify.OutboxState.PENDING"
                + " and m.nextAttemptAt <= :now order by m.id")
@NamedQuery(
        name = OutboxEntry.NEWEST_IN_STATE,
        query = "select m from OutboxEntry m where m.state = :state order by m.id desc")
@NamedQuery(name = OutboxEntry.NEWEST, query = "select m from OutboxEntry m order by m.id desc")
public class OutboxEntry {

    static final String DUE = "OutboxEntry.due";
    static final String NEWEST_IN_STATE = "OutboxEntry.newestInState";
    static final String NEWEST = "OutboxEntry.newest";
    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Extra headers (List-Unsubscribe), one "Name: value" per line; null for none. */
    @Column(length = 2000)
    private String headers;

    @Version
    private long version;

    protected OutboxEntry() {
        // for JPA
    }

    OutboxEntry(String recipient, String language, RenderedMail mail, Instant now) {
        if (recipient == null || recipient.isBlank() || mail.subject().isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient and a subject");
        }
        this.recipient = recipient;
        this.language = language;
        this.subject = mail.subject();
        this.body = mail.body();
        this.state = OutboxState.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Extra headers of the mail; the caller checked that they are allowed and on one line each. */
    void withHeaders(Map<String, String> extra) {
        this.headers = extra.isEmpty()
                ? null
                : extra.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(h -> h.getKey() + ": " + h.getValue())
                        .collect(Collectors.joining("\n"));
    }

    /** The extra headers in the order stored. */
    Map<String, String> headers() {
        Map<String, String> map = new LinkedHashMap<>();
        if (headers != null) {
            for (String line : headers.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    map.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return map;
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    /** Still waiting and its time has come (another delivery or a resend may have changed it meanwhile). */
    boolean isDue(Instant now) {
        return state == OutboxState.PENDING && !nextAttemptAt.isAfter(now);
    }

    void sent(Instant now) {
        state = OutboxState.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: try again after the schedule's pause, or give up when the tries are used up. */
    void failed(String error, RetrySchedule schedule, Instant now) {
        attempts++;
        lastError =
                error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (schedule.exhausted(attempts)) {
            state = OutboxState.DEAD;
        } else {
            nextAttemptAt = now.plus(schedule.pauseAfter(attempts));
        }
    }

    /** Staff send it again: pending from now, with fresh tries. Mail already sent is not sent twice. */
    void resend(Instant now) {
        if (state == OutboxState.SENT) {
            throw new RefusedException(ErrorCode.CONFLICT, "Mail " + id + " was already sent.");
        }
        state = OutboxState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    OutboxMail view() {
        // 0 until stored
        return new OutboxMail(
                id == null ? 0 : id,
                recipient,
                subject,
                state,
                attempts,
                nextAttemptAt,
                lastError,
                createdAt,
                sentAt,
                body);
    }
}
