package jp.shiori.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The SMTP server the test domain sends to (LIBRARY_SMTP_HOST=localhost, port 3025): GreenMail in the test
 * JVM. Tests start it when they expect mail and stop it afterwards; each test uses its own addresses.
 */
public final class Mailbox {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private GreenMail server;

    public void start() {
        server = new GreenMail(SMTP);
        server.start();
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Waits until every mail to the address is sent. Mail that used up its tries while the server was down is
     * DEAD, kept in the outbox for staff to resend (メール送信状況): this resends it as staff would.
     */
    public static void awaitOutboxSent(ShioriClient staff, String address) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (TestDatabase.queryLong(
                        "select count(*) from mail_outbox where recipient = ? and state <> 'SENT'", address)
                > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("mail to " + address + " still waits in the outbox");
            }
            for (long dead : TestDatabase.queryLongs(
                    "select id from mail_outbox where recipient = ? and state = 'DEAD'", address)) {
                staff.postJson("api/v1/ops/mail/" + dead + "/resend", "");
            }
            Thread.sleep(200);
        }
    }

    public static String uniqueAddress() {
        return ShioriClient.uniqueWord() + "@patron.example.jp";
    }

    /** The first mail received for this address, waiting for it up to {@link #PATIENCE}. */
    public MimeMessage awaitDelivery(String to) throws MessagingException, InterruptedException {
        return awaitDelivery(to, "");
    }

    /** The first mail for this address whose subject contains the text, waiting up to {@link #PATIENCE}. */
    public MimeMessage awaitDelivery(String to, String subjectContains)
            throws MessagingException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> mail = receivedFor(to, subjectContains);
            if (mail.isPresent()) {
                return mail.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail to " + to + " about '" + subjectContains + "' arrived within " + PATIENCE);
    }

    public Optional<MimeMessage> receivedFor(String to) throws MessagingException {
        return receivedFor(to, "");
    }

    private Optional<MimeMessage> receivedFor(String to, String subjectContains) throws MessagingException {
        for (MimeMessage m : server.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))
                    && m.getSubject() != null
                    && m.getSubject().contains(subjectContains)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Every mail received so far for this address. */
    public java.util.List<MimeMessage> allFor(String to) throws MessagingException {
        java.util.List<MimeMessage> mails = new java.util.ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
                mails.add(m);
            }
        }
        return mails;
    }

    /** The decoded text of a plain-text mail (Japanese mail travels base64-encoded). */
    public static String body(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(mail);
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
