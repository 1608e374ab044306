package jp.shiori.patron;

import java.io.Serializable;
import java.time.Instant;

/** One line of the audit log: when, who, what, to whom. */
public record AuditRecord(Instant occurredAt, String actor, String action, String subject, String detail)
        implements Serializable {}
