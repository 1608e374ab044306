package jp.shiori.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of the library's mail. Mail is written with the business change it belongs to and delivered
 * afterwards by the application, retried with growing pauses while the mail server is unreachable, and put
 * aside as {@link OutboxState#DEAD} after the configured number of tries.
 */
public interface MailOutbox {

    /** Template of the operator's test mail ({@code libraryName}). */
    String TEST_TEMPLATE = "mail-test";

    /**
     * Renders the message from its template and writes it to the outbox. Transaction MANDATORY: it joins
     * the caller's transaction, so the mail exists exactly when the business change commits; called without
     * a transaction it fails.
     *
     * @return the id of the mail in the outbox
     * @throws jp.shiori.common.RefusedException BAD_REQUEST for an unknown template or a missing parameter;
     *         nothing is written and the caller's transaction rolls back
     */
    long enqueue(@NotNull @Valid MailMessage message);

    /**
     * The operator's check of the mail configuration: writes the {@value #TEST_TEMPLATE} mail in a
     * transaction of its own.
     */
    long enqueueTest(@NotBlank @Email String to, @NotNull @Pattern(regexp = "ja|en") String language);

    Optional<OutboxMail> find(long id);

    /** The address the library's mail comes from ({@code LIBRARY_MAIL_FROM}), for "allow mail from ..." notes. */
    String senderAddress();

    /** The latest mail in the state, newest first; every state when {@code state} is null. */
    List<OutboxMail> recent(OutboxState state, int max);

    /**
     * Puts a mail back to PENDING with its attempts reset, due now.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for an unknown id, CONFLICT when it was already SENT
     */
    void resend(long id);
}
