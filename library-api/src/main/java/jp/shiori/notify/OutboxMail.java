package jp.shiori.notify;

import java.io.Serializable;
import java.time.Instant;

/** A mail of the outbox as staff see it; the body stays in the outbox. */
public record OutboxMail(
        long id,
        String to,
        String subject,
        OutboxState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) implements Serializable {
}
