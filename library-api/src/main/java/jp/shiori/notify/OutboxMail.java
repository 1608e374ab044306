package jp.shiori.notify;

import java.io.Serializable;
import java.time.Instant;

/** A mail of the outbox as staff see it, with its rendered body (plain text) so the demo's mail can be read. */
public record OutboxMail(
        long id,
        String to,
        String subject,
        OutboxState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        String body)
        implements Serializable {}
