package jp.shiori.notify.internal;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * How mail leaves the library, from the environment of the Payara process: {@code LIBRARY_SMTP_HOST} (unset:
 * no delivery, mail waits in the outbox), {@code LIBRARY_SMTP_PORT} (25), {@code LIBRARY_SMTP_USER} and
 * {@code LIBRARY_SMTP_PASSWORD} (optional), {@code LIBRARY_SMTP_STARTTLS} (false), {@code LIBRARY_MAIL_FROM}
 * ({@code library@localhost}), {@code LIBRARY_MAIL_RETRY_SECONDS} (30), {@code LIBRARY_MAIL_MAX_ATTEMPTS} (8)
 * and {@code LIBRARY_MAIL_POLL_SECONDS} (5, how often the outbox is looked at).
 */
record MailSettings(
        Optional<String> host,
        int port,
        Optional<String> user,
        String password,
        boolean startTls,
        String from,
        RetrySchedule retries,
        Duration poll) {

    /** Connecting, reading and writing each give up after this, so a hanging server never holds the timer. */
    static final Duration SMTP_TIMEOUT = Duration.ofSeconds(5);

    static MailSettings fromEnvironment() {
        return from(System::getenv);
    }

    static MailSettings from(UnaryOperator<String> env) {
        return new MailSettings(
                text(env, "LIBRARY_SMTP_HOST"),
                number(env, "LIBRARY_SMTP_PORT", 25),
                text(env, "LIBRARY_SMTP_USER"),
                text(env, "LIBRARY_SMTP_PASSWORD").orElse(""),
                Boolean.parseBoolean(text(env, "LIBRARY_SMTP_STARTTLS").orElse("false")),
                text(env, "LIBRARY_MAIL_FROM").orElse("library@localhost"),
                new RetrySchedule(
                        Duration.ofSeconds(number(env, "LIBRARY_MAIL_RETRY_SECONDS", 30)),
                        number(env, "LIBRARY_MAIL_MAX_ATTEMPTS", 8)),
                Duration.ofSeconds(number(env, "LIBRARY_MAIL_POLL_SECONDS", 5)));
    }

    boolean deliveryOn() {
        return host.isPresent();
    }

    Session session() {
        Properties p = smtpProperties();
        if (user.isEmpty()) {
            return Session.getInstance(p);
        }
        String name = user.get();
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name, password);
            }
        });
    }

    /** The Jakarta Mail properties of the session. */
    Properties smtpProperties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host.orElseThrow());
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.from", from);
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        String timeout = Long.toString(SMTP_TIMEOUT.toMillis());
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.auth", Boolean.toString(user.isPresent()));
        return p;
    }

    private static Optional<String> text(UnaryOperator<String> env, String name) {
        return Optional.ofNullable(env.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int number(UnaryOperator<String> env, String name, int fallback) {
        Optional<String> value = text(env, name);
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a number: " + value.get(), e);
        }
    }

    @Override
    public String toString() {
        return "smtp " + host.orElse("(off)") + ":" + port + (user.isPresent() ? " as " + user.get() : "")
                + (startTls ? " STARTTLS" : "") + ", from " + from + ", retry " + retries;
    }
}
