package jp.shiori.patron;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the audit log: when (UTC), who, what, to whom. */
public record AuditRecord(LocalDateTime occurredAt, String actor, String action, String subject,
        String detail) implements Serializable {
}
