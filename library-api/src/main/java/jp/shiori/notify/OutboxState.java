package jp.shiori.notify;

/** Where a mail of the outbox stands. A mail whose last attempt failed stays PENDING until its tries run out. */
public enum OutboxState {
    /** Waiting for its (next) delivery attempt. */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Every attempt failed; stays until staff resend it. */
    DEAD
}
