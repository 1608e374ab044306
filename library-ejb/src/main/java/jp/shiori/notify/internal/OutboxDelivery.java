package jp.shiori.notify.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.common.LibraryClock;

/**
 * Sends one mail of the outbox, each in a transaction of its own, so a mail that fails never holds back
 * the others. Sending happens before the commit: if the commit then fails the mail may go out twice, never
 * not at all.
 */
@Stateless
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @Inject
    private LibraryClock clock;

    @PersistenceContext
    private EntityManager em;

    /** Ids of pending mail whose time has come, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant now, int max) {
        return em.createNamedQuery(OutboxEntry.DUE, Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** One attempt: SENT, or the failure recorded with the next try (or DEAD). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attempt(long id, Session session, String from, RetrySchedule retries) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        Instant now = clock.now();
        if (entry == null || !entry.isDue(now)) {
            return;
        }
        try {
            Transport.send(message(entry, session, from));
            entry.sent(clock.now());
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            entry.failed(error, retries, clock.now());
            LOG.log(
                    Level.WARNING,
                    () -> "Mail " + id + " not delivered (attempt "
                            + entry.view().attempts() + ", now " + entry.view().state() + "): " + error);
        }
    }

    private static MimeMessage message(OutboxEntry entry, Session session, String from) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(entry.recipient(), true));
        message.setSubject(entry.subject(), StandardCharsets.UTF_8.name());
        message.setText(entry.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        for (var header : entry.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    /** The causes' messages, outermost first: "connection refused" hides two levels down. */
    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < OutboxEntry.MAX_ERROR; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
