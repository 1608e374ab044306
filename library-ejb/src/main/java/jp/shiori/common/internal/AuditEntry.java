package jp.shiori.common.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to whom (staff actions, lockouts). Never updated. */
@Entity
@Table(name = "audit_log")
@NamedQuery(name = AuditEntry.RECENT, query = "select a from AuditEntry a order by a.occurredAt desc, a.id desc")
@NamedQuery(
        name = AuditEntry.RECENT_OF,
        query = "select a from AuditEntry a where a.subject = :f or a.actor = :f"
                + " order by a.occurredAt desc, a.id desc")
public class AuditEntry {

    static final String RECENT = "AuditEntry.recent";
    static final String RECENT_OF = "AuditEntry.recentOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 100)
    private String subject;

    @Column(length = 1000)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String subject, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }
}
